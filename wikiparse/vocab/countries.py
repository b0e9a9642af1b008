"""Country codes that flag templates take in place of a name ({{flagicon|FRG}}); the codes
that are also shortcut templates ({{USA}}) are ``templates.COUNTRY_TEMPLATES``.
"""

from __future__ import annotations

__all__ = ["FLAG_CODES"]

# Shorthand codes (IOC and ISO 3166 alpha-3) that flag templates take as their country
# ({{flagicon|FRG}}, {{flag|KSA}}); only there, and only in capitals: no template is named so.
FLAG_CODES = {
    "frg": "West Germany", "gdr": "East Germany", "tch": "Czechoslovakia", "yug": "Yugoslavia",
    "ksa": "Saudi Arabia", "rsa": "South Africa", "sui": "Switzerland", "den": "Denmark",
    "dnk": "Denmark", "swe": "Sweden", "nor": "Norway", "fin": "Finland", "por": "Portugal",
    "prt": "Portugal", "gre": "Greece", "grc": "Greece", "bul": "Bulgaria", "bgr": "Bulgaria",
    "rou": "Romania", "srb": "Serbia", "cro": "Croatia", "hrv": "Croatia", "bih": "Bosnia and "
    "Herzegovina", "mex": "Mexico", "bra": "Brazil", "arg": "Argentina", "chi": "Chile",
    "chl": "Chile", "per": "Peru", "col": "Colombia", "ven": "Venezuela", "cub": "Cuba",
    "phi": "Philippines", "phl": "Philippines", "ina": "Indonesia", "idn": "Indonesia",
    "tha": "Thailand", "vie": "Vietnam", "kaz": "Kazakhstan", "geo": "Georgia",
    "arm": "Armenia", "aze": "Azerbaijan", "lba": "Libya", "lby": "Libya", "alg": "Algeria",
    "dza": "Algeria", "mar": "Morocco", "tun": "Tunisia", "sud": "Sudan", "sdn": "Sudan",
    "eth": "Ethiopia", "som": "Somalia", "ngr": "Nigeria", "nga": "Nigeria", "ken": "Kenya",
    "yem": "Yemen", "kuw": "Kuwait", "kwt": "Kuwait", "qat": "Qatar", "uae": "United Arab "
    "Emirates", "are": "United Arab Emirates", "bhr": "Bahrain", "omn": "Oman",
    "lux": "Luxembourg", "irl": "Ireland", "isl": "Iceland",
    "cze": "Czech Republic", "svk": "Slovakia", "slo": "Slovenia", "svn": "Slovenia",
    "ltu": "Lithuania", "lat": "Latvia", "lva": "Latvia", "est": "Estonia", "blr": "Belarus",
    "mda": "Moldova", "alb": "Albania", "mkd": "North Macedonia", "mne": "Montenegro",
    "cyp": "Cyprus", "ban": "Bangladesh", "bgd": "Bangladesh", "sri": "Sri Lanka",
    "lka": "Sri Lanka", "nep": "Nepal", "mgl": "Mongolia", "mya": "Myanmar", "mmr": "Myanmar",
    "cam": "Cambodia", "khm": "Cambodia", "lao": "Laos", "mas": "Malaysia", "mys": "Malaysia",
    "sgp": "Singapore", "twn": "Taiwan", "roc": "Taiwan", "pse": "Palestine",
    "ple": "Palestine", "rok": "South Korea",
}  # fmt: skip
