"""gunicorn's settings for `make prod` (scripts/prod.sh starts it with `-c scripts/gunicorn.conf.py`).

The master loads the site once (`preload_app`) and warms it (cms/core/warmup.py: URLs, the
project's templates, both languages' catalogues). Before it forks, `gc.freeze()` moves every
object made so far out of the garbage collector's sight: the collector would otherwise write
to those objects in each worker and so copy the pages they live on. The workers then share
most of their memory with the master. Measured with bench/throughput.py (README, Performance).

A changed release needs a restart, not a HUP: the code lives in the master.
"""

import gc

preload_app = True


def when_ready(server):
    from cms.core.warmup import warm

    templates = warm()
    gc.collect()
    gc.freeze()
    server.log.info("Warmed up before forking: %s templates, URLs and catalogues", templates)
