"""The demo's other 31 desks: one plain page per labour-market region, so that every region has
its desk. Their addresses and phone numbers are made up for the demo (a phone number whose local
part starts with 0 is never given out), and each page says so."""

from django.utils.text import slugify

# region slug, the place of the desk, visiting address, area code
PLAIN_DESKS = [
    ("groningen", "Groningen", "Stationsweg 10\n9726 AC Groningen", "050"),
    ("drenthe", "Assen", "Stationsstraat 4\n9401 KV Assen", "0592"),
    ("noord-holland-noord", "Alkmaar", "Stationsweg 41\n1815 CB Alkmaar", "072"),
    ("regio-zwolle", "Zwolle", "Stationsweg 7\n8011 CZ Zwolle", "038"),
    ("flevoland", "Almere", "Stationsplein 12\n1315 NT Almere", "036"),
    ("zaanstreekwaterland", "Zaandam", "Stationsstraat 20\n1506 DG Zaandam", "075"),
    ("zuid-kennemerland-en-ijmond", "Haarlem", "Stationsplein 5\n2011 LR Haarlem", "023"),
    (
        "stedendriehoek-en-noordwest-veluwe",
        "Apeldoorn",
        "Stationsplein 3\n7311 NZ Apeldoorn",
        "055",
    ),
    ("groot-amsterdam", "Amsterdam", "Stationsplein 9\n1012 AB Amsterdam", "020"),
    ("gooi-en-vechtstreek", "Hilversum", "Stationsplein 2\n1211 EX Hilversum", "035"),
    ("holland-rijnland", "Leiden", "Stationsweg 30\n2312 AV Leiden", "071"),
    ("amersfoort", "Amersfoort", "Stationsplein 15\n3818 LE Amersfoort", "033"),
    ("midden-utrecht", "Utrecht", "Stationsplein 21\n3511 ED Utrecht", "030"),
    ("food-valley", "Ede", "Stationsweg 8\n6711 PM Ede", "0318"),
    ("zuid-holland-centraal", "Zoetermeer", "Stationsplein 6\n2711 BE Zoetermeer", "079"),
    ("haaglanden", "Den Haag", "Stationsplein 11\n2515 BX Den Haag", "070"),
    ("achterhoek", "Doetinchem", "Stationsstraat 14\n7001 BB Doetinchem", "0314"),
    ("midden-holland", "Gouda", "Stationsplein 4\n2801 AK Gouda", "0182"),
    ("midden-gelderland", "Arnhem", "Stationsplein 16\n6811 KL Arnhem", "026"),
    ("gorinchem", "Gorinchem", "Stationsweg 3\n4205 AA Gorinchem", "0183"),
    ("rivierenland", "Tiel", "Stationsplein 1\n4001 AA Tiel", "0344"),
    ("rijk-van-nijmegen", "Nijmegen", "Stationsplein 18\n6512 AB Nijmegen", "024"),
    ("drechtsteden", "Dordrecht", "Stationsweg 22\n3311 JW Dordrecht", "078"),
    ("noordoost-brabant", "'s-Hertogenbosch", "Stationsplein 24\n5211 AP 's-Hertogenbosch", "073"),
    ("west-brabant", "Breda", "Stationsplein 13\n4811 BB Breda", "076"),
    ("zeeland", "Middelburg", "Stationsstraat 2\n4331 JA Middelburg", "0118"),
    ("noord-limburg", "Venlo", "Stationsplein 7\n5913 AA Venlo", "077"),
    ("helmond-de-peel", "Helmond", "Stationsplein 5\n5703 HA Helmond", "0492"),
    ("zuidoost-brabant", "Eindhoven", "Stationsplein 19\n5611 AC Eindhoven", "040"),
    ("midden-limburg", "Roermond", "Stationsplein 9\n6041 GA Roermond", "0475"),
    ("zuid-limburg", "Maastricht", "Stationsplein 8\n6221 BT Maastricht", "043"),
]

HOURS = {
    "nl": ("Maandag tot en met vrijdag 9.00 tot 17.00 uur, op afspraak", "Maandag tot en met vrijdag 9.00 tot 12.00 uur"),
    "en": ("Monday to Friday 9 am to 5 pm, by appointment", "Monday to Friday 9 am to 12 noon"),
}  # fmt: skip


def plain_desk(number, slug, region, city, address, area_code):
    """The fields of one plain desk page, in the shape of `desks.DESKS`."""
    return {
        "slug": slugify(region.replace("/", " ")),
        "region": slug,
        "title": f"Leerwerkloket {region}",
        "plus": False,
        "intro": f"Het Leerwerkloket {region} geeft gratis en onafhankelijk advies over leren "
        f"en werken aan iedereen die in de regio woont of werkt.",
        "intro_en": f"Leerwerkloket {region} gives free and independent advice on learning and "
        f"working to everyone who lives or works in the region.",
        "address": address,
        "hours": HOURS["nl"][0],
        "phone_hours": HOURS["nl"][1],
        "phone": f"{area_code} 000 {number:02d} {number:02d}",
        "body": [
            f"U vindt ons in {city}. Een gesprek kan ook aan de telefoon of via video.",
            "Let op: dit is een demonstratiesite. Het adres en het telefoonnummer op deze pagina "
            "zijn verzonnen.",
        ],
        "en": {
            "hours": HOURS["en"][0],
            "phone_hours": HOURS["en"][1],
            "body": [
                f"You will find us in {city}. You can also talk to us by phone or by video call.",
                "Please note: this is a demonstration site. The address and phone number on this "
                "page are made up.",
            ],
        },
        "partners": [],
    }


def plain_desks(regions):
    """Every plain desk's fields; `regions` maps a region's slug to its name."""
    return [
        plain_desk(number, slug, regions[slug], city, address, area_code)
        for number, (slug, city, address, area_code) in enumerate(PLAIN_DESKS, start=1)
    ]
