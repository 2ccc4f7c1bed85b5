"""Render HTML from standard input to a PDF on standard output: the process `pdf.html_to_pdf`
starts for every PDF.

It imports WeasyPrint and nothing of Django, so a render costs a process of its own of about
60–90 MiB at its peak, freed when it ends, and neither the web workers nor the task worker
ever carry WeasyPrint and its fonts. Run as `python -m taalakkoord.pdfrender BASE_URL`.
"""

import resource
import sys


def main():
    from weasyprint import HTML
    from weasyprint.text.fonts import FontConfiguration

    base_url = sys.argv[1]
    html = sys.stdin.buffer.read().decode("utf-8")
    pdf = HTML(string=html, base_url=base_url).write_pdf(
        font_config=FontConfiguration(), pdf_variant="pdf/ua-1"
    )
    sys.stdout.buffer.write(pdf)
    # The peak memory of this render, for bench/certificates.py.
    peak_kib = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    sys.stderr.write(f"peak-kib {peak_kib}\n")


if __name__ == "__main__":
    main()
