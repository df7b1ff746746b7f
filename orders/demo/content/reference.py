"""Reference data of the demo: categories, materials, ODOP tags and the association's exchange rates.

Slugs are the fixed keys the product lists use. Names are written in each language as a shop in that
language would label its shelves, not translated word for word.
"""

from __future__ import annotations

# Two levels; products go in the sub-categories. A category may name the craft it belongs to.
CATEGORIES: list[dict] = [
    {
        "slug": "textiles",
        "parent": None,
        "position": 1,
        "craft": "weaving",
        "name": {"lo": "ຜ້າ ແລະ ສິ່ງທໍ", "en": "Textiles", "ja": "織物・布もの"},
    },
    {
        "slug": "scarves-stoles",
        "parent": "textiles",
        "position": 1,
        "craft": "weaving",
        "name": {"lo": "ຜ້າພັນຄໍ ແລະ ຜ້າສະໄບ", "en": "Scarves and stoles", "ja": "ストール・スカーフ"},
    },
    {
        "slug": "sinh-skirts",
        "parent": "textiles",
        "position": 2,
        "craft": "weaving",
        "name": {"lo": "ສິ້ນ ແລະ ຕີນສິ້ນ", "en": "Sinh skirts", "ja": "シン（ラオスの巻きスカート）"},
    },
    {
        "slug": "fabric",
        "parent": "textiles",
        "position": 3,
        "craft": "weaving",
        "name": {"lo": "ຜ້າທໍມືເປັນແມັດ", "en": "Hand-woven fabric", "ja": "手織り生地"},
    },
    {
        "slug": "bags-pouches",
        "parent": "textiles",
        "position": 4,
        "craft": None,
        "name": {"lo": "ກະເປົາ ແລະ ຖົງ", "en": "Bags and pouches", "ja": "バッグ・ポーチ"},
    },
    {
        "slug": "cushion-covers",
        "parent": "textiles",
        "position": 5,
        "craft": None,
        "name": {"lo": "ປອກໝອນ", "en": "Cushion covers", "ja": "クッションカバー"},
    },
    {
        "slug": "wall-hangings",
        "parent": "textiles",
        "position": 6,
        "craft": None,
        "name": {"lo": "ຜ້າປະດັບຝາ", "en": "Wall hangings", "ja": "タペストリー・壁掛け"},
    },
    {
        "slug": "paper",
        "parent": None,
        "position": 2,
        "craft": "saa-paper",
        "name": {"lo": "ເຈ້ຍສາ ແລະ ເຄື່ອງເຈ້ຍ", "en": "Saa paper", "ja": "サー紙・紙もの"},
    },
    {
        "slug": "saa-paper-sheets",
        "parent": "paper",
        "position": 1,
        "craft": "saa-paper",
        "name": {"lo": "ແຜ່ນເຈ້ຍສາ", "en": "Saa paper sheets", "ja": "手すきのサー紙"},
    },
    {
        "slug": "lanterns-lamps",
        "parent": "paper",
        "position": 2,
        "craft": "saa-paper",
        "name": {"lo": "ໂຄມໄຟ", "en": "Lanterns and lamps", "ja": "ランタン・ランプ"},
    },
    {
        "slug": "notebooks-cards",
        "parent": "paper",
        "position": 3,
        "craft": "saa-paper",
        "name": {"lo": "ປຶ້ມບັນທຶກ ແລະ ບັດອວຍພອນ", "en": "Notebooks and cards", "ja": "ノート・カード"},
    },
    {
        "slug": "home",
        "parent": None,
        "position": 3,
        "craft": None,
        "name": {"lo": "ເຄື່ອງໃຊ້ໃນເຮືອນ", "en": "Home and living", "ja": "暮らしの道具"},
    },
    {
        "slug": "baskets",
        "parent": "home",
        "position": 1,
        "craft": "bamboo-rattan",
        "name": {"lo": "ກະຕ່າ ແລະ ກະຕິບ", "en": "Baskets", "ja": "かご"},
    },
    {
        "slug": "tableware",
        "parent": "home",
        "position": 2,
        "craft": None,
        "name": {"lo": "ເຄື່ອງໃຊ້ເທິງໂຕະອາຫານ", "en": "Tableware", "ja": "テーブルウェア"},
    },
    {
        "slug": "pottery",
        "parent": "home",
        "position": 3,
        "craft": "pottery",
        "name": {"lo": "ເຄື່ອງປັ້ນດິນເຜົາ", "en": "Pottery", "ja": "陶器"},
    },
    {
        "slug": "wood-carvings",
        "parent": "home",
        "position": 4,
        "craft": "wood-carving",
        "name": {"lo": "ເຄື່ອງແກະສະຫຼັກໄມ້", "en": "Wood carvings", "ja": "木彫り"},
    },
    {
        "slug": "jewellery-metal",
        "parent": None,
        "position": 4,
        "craft": "silver-metal",
        "name": {"lo": "ເຄື່ອງປະດັບ ແລະ ໂລຫະ", "en": "Jewellery and metalwork", "ja": "アクセサリー・金工"},
    },
    {
        "slug": "silver-jewellery",
        "parent": "jewellery-metal",
        "position": 1,
        "craft": "silver-metal",
        "name": {"lo": "ເຄື່ອງປະດັບເງິນ", "en": "Silver jewellery", "ja": "シルバーアクセサリー"},
    },
    {
        "slug": "knives-tools",
        "parent": "jewellery-metal",
        "position": 2,
        "craft": "silver-metal",
        "name": {"lo": "ມີດ ແລະ ເຄື່ອງມື", "en": "Knives and tools", "ja": "刃物・道具"},
    },
    {
        "slug": "food-drink",
        "parent": None,
        "position": 5,
        "craft": None,
        "name": {"lo": "ອາຫານ ແລະ ເຄື່ອງດື່ມ", "en": "Food and drink", "ja": "食品・飲みもの"},
    },
    {
        "slug": "coffee",
        "parent": "food-drink",
        "position": 1,
        "craft": "coffee",
        "name": {"lo": "ກາເຟ", "en": "Coffee", "ja": "コーヒー"},
    },
    {
        "slug": "tea",
        "parent": "food-drink",
        "position": 2,
        "craft": "tea",
        "name": {"lo": "ຊາ", "en": "Tea", "ja": "お茶"},
    },
]

MATERIALS: list[dict] = [
    {"slug": "silk", "name": {"lo": "ໄໝ", "en": "Silk", "ja": "シルク"}},
    {"slug": "cotton", "name": {"lo": "ຝ້າຍ", "en": "Cotton", "ja": "コットン（綿）"}},
    {"slug": "hemp", "name": {"lo": "ປ່ານ", "en": "Hemp", "ja": "ヘンプ（大麻布）"}},
    {"slug": "natural-indigo", "name": {"lo": "ຄາມທຳມະຊາດ", "en": "Natural indigo", "ja": "天然藍"}},
    {"slug": "natural-dyes", "name": {"lo": "ສີຍ້ອມທຳມະຊາດ", "en": "Natural dyes", "ja": "草木染め"}},
    {
        "slug": "saa-paper",
        "name": {"lo": "ເຈ້ຍສາ", "en": "Saa (mulberry) paper", "ja": "サー紙（カジノキ紙）"},
    },
    {
        "slug": "dried-flowers",
        "name": {"lo": "ດອກໄມ້ແຫ້ງ", "en": "Dried flowers", "ja": "押し花・ドライフラワー"},
    },
    {"slug": "bamboo", "name": {"lo": "ໄມ້ໄຜ່", "en": "Bamboo", "ja": "竹"}},
    {"slug": "rattan", "name": {"lo": "ຫວາຍ", "en": "Rattan", "ja": "籐（ラタン）"}},
    {"slug": "clay", "name": {"lo": "ດິນໜຽວ", "en": "Clay", "ja": "陶土"}},
    {"slug": "hardwood", "name": {"lo": "ໄມ້ເນື້ອແຂງ", "en": "Hardwood", "ja": "広葉樹材"}},
    {"slug": "silver", "name": {"lo": "ເງິນ", "en": "Silver", "ja": "銀"}},
    {"slug": "iron", "name": {"lo": "ເຫຼັກ", "en": "Iron and steel", "ja": "鉄・鋼"}},
    {"slug": "coffee-beans", "name": {"lo": "ເມັດກາເຟ", "en": "Coffee beans", "ja": "コーヒー豆"}},
    {"slug": "tea-leaves", "name": {"lo": "ໃບຊາ", "en": "Tea leaves", "ja": "茶葉"}},
]

# One District One Product: the district's designated product, its craft and star level (None: not
# graded yet). Which producers carry which tag is said in producers.py.
ODOP_TAGS: list[dict] = [
    {
        "slug": "ban-phanom-silk-weaving",
        "district": 601,
        "craft": "weaving",
        "stars": 4,
        "name": {"lo": "ຜ້າໄໝທໍມືບ້ານພະນົມ", "en": "Ban Phanom silk weaving", "ja": "バーンパノムの絹織物"},
    },
    {
        "slug": "xang-khong-saa-paper",
        "district": 601,
        "craft": "saa-paper",
        "stars": 3,
        "name": {"lo": "ເຈ້ຍສາບ້ານຊ່າງຄ້ອງ", "en": "Xang Khong saa paper", "ja": "サンコーン村のサー紙"},
    },
    {
        "slug": "ban-chan-pottery",
        "district": 609,
        "craft": "pottery",
        "stars": 3,
        "name": {"lo": "ເຄື່ອງປັ້ນດິນເຜົາບ້ານຈ່ານ", "en": "Ban Chan pottery", "ja": "バーンチャンの焼きもの"},
    },
    {
        "slug": "phonxay-highland-tea",
        "district": 608,
        "craft": "tea",
        "stars": 4,
        "name": {"lo": "ຊາພູສູງໂພນໄຊ", "en": "Phonxay highland tea", "ja": "ポーンサイの高地茶"},
    },
    {
        "slug": "phoukhoune-arabica-coffee",
        "district": 611,
        "craft": "coffee",
        "stars": 2,
        "name": {
            "lo": "ກາເຟອາຣາບິກາພູຄູນ",
            "en": "Phoukhoune arabica coffee",
            "ja": "プークーンのアラビカコーヒー",
        },
    },
    {
        "slug": "nambak-khmu-hemp-weaving",
        "district": 605,
        "craft": "weaving",
        "stars": None,
        "name": {
            "lo": "ຜ້າປ່ານຂະມຸນ້ຳບາກ",
            "en": "Nambak Khmu hemp weaving",
            "ja": "ナムバークのクム族ヘンプ織り",
        },
    },
    {
        "slug": "ngoy-hmong-embroidery",
        "district": 606,
        "craft": "embroidery",
        "stars": 3,
        "name": {"lo": "ຖັກແສ່ວມົ້ງເມືອງງອຍ", "en": "Ngoy Hmong embroidery", "ja": "ゴイのモン族刺繍"},
    },
    {
        "slug": "viengkham-bamboo-ware",
        "district": 610,
        "craft": "bamboo-rattan",
        "stars": None,
        "name": {"lo": "ເຄື່ອງຈັກສານໄມ້ໄຜ່ວຽງຄຳ", "en": "Viengkham bamboo ware", "ja": "ヴィエンカムの竹細工"},
    },
]

# Kip per unit, as the association sets them: today and three earlier dates (days before today).
EXCHANGE_RATES: list[dict] = [
    {"days_ago": 90, "rates": {"JPY": "146.8000", "USD": "21650.0000", "THB": "628.5000"}},
    {"days_ago": 60, "rates": {"JPY": "143.9000", "USD": "21720.0000", "THB": "633.0000"}},
    {"days_ago": 30, "rates": {"JPY": "144.6000", "USD": "21760.0000", "THB": "637.2000"}},
    {"days_ago": 0, "rates": {"JPY": "145.2000", "USD": "21800.0000", "THB": "640.0000"}},
]
