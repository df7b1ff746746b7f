"""The association's shelf of categories and materials: reference data every site needs.

Artisans choose a category and materials for each product and buyers filter by them; a fresh production
database must have them without the demo. Names are written as a shop in each language labels its
shelves. Moderators add or rename them in the back-office; this migration only creates what is missing
(by slug) and never overwrites their edits.
"""

from django.db import migrations

# (slug, parent slug, position, craft slug, names): parents first.
CATEGORIES = [
    ("textiles", None, 1, "weaving", {"lo": "ຜ້າ ແລະ ສິ່ງທໍ", "en": "Textiles", "ja": "織物・布もの"}),
    ("paper", None, 2, "saa-paper", {"lo": "ເຈ້ຍສາ ແລະ ເຄື່ອງເຈ້ຍ", "en": "Saa paper", "ja": "サー紙・紙もの"}),
    ("home", None, 3, None, {"lo": "ເຄື່ອງໃຊ້ໃນເຮືອນ", "en": "Home and living", "ja": "暮らしの道具"}),
    (
        "jewellery-metal",
        None,
        4,
        "silver-metal",
        {"lo": "ເຄື່ອງປະດັບ ແລະ ໂລຫະ", "en": "Jewellery and metalwork", "ja": "アクセサリー・金工"},
    ),
    ("food-drink", None, 5, None, {"lo": "ອາຫານ ແລະ ເຄື່ອງດື່ມ", "en": "Food and drink", "ja": "食品・飲みもの"}),
    (
        "scarves-stoles",
        "textiles",
        1,
        "weaving",
        {"lo": "ຜ້າພັນຄໍ ແລະ ຜ້າສະໄບ", "en": "Scarves and stoles", "ja": "ストール・スカーフ"},
    ),
    (
        "sinh-skirts",
        "textiles",
        2,
        "weaving",
        {"lo": "ສິ້ນ ແລະ ຕີນສິ້ນ", "en": "Sinh skirts", "ja": "シン（ラオスの巻きスカート）"},
    ),
    ("fabric", "textiles", 3, "weaving", {"lo": "ຜ້າທໍມືເປັນແມັດ", "en": "Hand-woven fabric", "ja": "手織り生地"}),
    (
        "bags-pouches",
        "textiles",
        4,
        None,
        {"lo": "ກະເປົາ ແລະ ຖົງ", "en": "Bags and pouches", "ja": "バッグ・ポーチ"},
    ),
    (
        "cushion-covers",
        "textiles",
        5,
        None,
        {"lo": "ປອກໝອນ", "en": "Cushion covers", "ja": "クッションカバー"},
    ),
    (
        "wall-hangings",
        "textiles",
        6,
        None,
        {"lo": "ຜ້າປະດັບຝາ", "en": "Wall hangings", "ja": "タペストリー・壁掛け"},
    ),
    (
        "saa-paper-sheets",
        "paper",
        1,
        "saa-paper",
        {"lo": "ແຜ່ນເຈ້ຍສາ", "en": "Saa paper sheets", "ja": "手すきのサー紙"},
    ),
    (
        "lanterns-lamps",
        "paper",
        2,
        "saa-paper",
        {"lo": "ໂຄມໄຟ", "en": "Lanterns and lamps", "ja": "ランタン・ランプ"},
    ),
    (
        "notebooks-cards",
        "paper",
        3,
        "saa-paper",
        {"lo": "ປຶ້ມບັນທຶກ ແລະ ບັດອວຍພອນ", "en": "Notebooks and cards", "ja": "ノート・カード"},
    ),
    ("baskets", "home", 1, "bamboo-rattan", {"lo": "ກະຕ່າ ແລະ ກະຕິບ", "en": "Baskets", "ja": "かご"}),
    ("tableware", "home", 2, None, {"lo": "ເຄື່ອງໃຊ້ເທິງໂຕະອາຫານ", "en": "Tableware", "ja": "テーブルウェア"}),
    ("pottery", "home", 3, "pottery", {"lo": "ເຄື່ອງປັ້ນດິນເຜົາ", "en": "Pottery", "ja": "陶器"}),
    (
        "wood-carvings",
        "home",
        4,
        "wood-carving",
        {"lo": "ເຄື່ອງແກະສະຫຼັກໄມ້", "en": "Wood carvings", "ja": "木彫り"},
    ),
    (
        "silver-jewellery",
        "jewellery-metal",
        1,
        "silver-metal",
        {"lo": "ເຄື່ອງປະດັບເງິນ", "en": "Silver jewellery", "ja": "シルバーアクセサリー"},
    ),
    (
        "knives-tools",
        "jewellery-metal",
        2,
        "silver-metal",
        {"lo": "ມີດ ແລະ ເຄື່ອງມື", "en": "Knives and tools", "ja": "刃物・道具"},
    ),
    ("coffee", "food-drink", 1, "coffee", {"lo": "ກາເຟ", "en": "Coffee", "ja": "コーヒー"}),
    ("tea", "food-drink", 2, "tea", {"lo": "ຊາ", "en": "Tea", "ja": "お茶"}),
]

# (slug, names)
MATERIALS = [
    ("silk", {"lo": "ໄໝ", "en": "Silk", "ja": "シルク"}),
    ("cotton", {"lo": "ຝ້າຍ", "en": "Cotton", "ja": "コットン（綿）"}),
    ("hemp", {"lo": "ປ່ານ", "en": "Hemp", "ja": "ヘンプ（大麻布）"}),
    ("natural-indigo", {"lo": "ຄາມທຳມະຊາດ", "en": "Natural indigo", "ja": "天然藍"}),
    ("natural-dyes", {"lo": "ສີຍ້ອມທຳມະຊາດ", "en": "Natural dyes", "ja": "草木染め"}),
    ("saa-paper", {"lo": "ເຈ້ຍສາ", "en": "Saa (mulberry) paper", "ja": "サー紙（カジノキ紙）"}),
    ("dried-flowers", {"lo": "ດອກໄມ້ແຫ້ງ", "en": "Dried flowers", "ja": "押し花・ドライフラワー"}),
    ("bamboo", {"lo": "ໄມ້ໄຜ່", "en": "Bamboo", "ja": "竹"}),
    ("rattan", {"lo": "ຫວາຍ", "en": "Rattan", "ja": "籐（ラタン）"}),
    ("clay", {"lo": "ດິນໜຽວ", "en": "Clay", "ja": "陶土"}),
    ("hardwood", {"lo": "ໄມ້ເນື້ອແຂງ", "en": "Hardwood", "ja": "広葉樹材"}),
    ("silver", {"lo": "ເງິນ", "en": "Silver", "ja": "銀"}),
    ("iron", {"lo": "ເຫຼັກ", "en": "Iron and steel", "ja": "鉄・鋼"}),
    ("coffee-beans", {"lo": "ເມັດກາເຟ", "en": "Coffee beans", "ja": "コーヒー豆"}),
    ("tea-leaves", {"lo": "ໃບຊາ", "en": "Tea leaves", "ja": "茶葉"}),
]


def names(model_fields: set[str], texts: dict[str, str]) -> dict[str, str]:
    values = {f"name_{code}": text for code, text in texts.items() if f"name_{code}" in model_fields}
    values["name"] = texts["en"]
    return values


def create(apps, schema_editor):
    Category = apps.get_model("catalogue", "Category")
    Material = apps.get_model("catalogue", "Material")
    Craft = apps.get_model("producers", "Craft")
    crafts = {craft.slug: craft for craft in Craft.objects.all()}
    fields = {field.name for field in Category._meta.get_fields()}
    created: dict[str, object] = {category.slug: category for category in Category.objects.all()}
    for slug, parent, position, craft, texts in CATEGORIES:
        if slug in created:
            continue
        created[slug] = Category.objects.create(
            slug=slug,
            parent=created.get(parent) if parent else None,
            position=position,
            craft=crafts.get(craft) if craft else None,
            **names(fields, texts),
        )
    fields = {field.name for field in Material._meta.get_fields()}
    existing = set(Material.objects.values_list("slug", flat=True))
    Material.objects.bulk_create(
        Material(slug=slug, **names(fields, texts)) for slug, texts in MATERIALS if slug not in existing
    )


class Migration(migrations.Migration):
    dependencies = [
        ("catalogue", "0004_photo_awaiting_review"),
        ("producers", "0002_luang_prabang_districts_and_crafts"),
    ]

    operations = [migrations.RunPython(create, migrations.RunPython.noop)]
