"""Reference data: Luang Prabang province, its 12 districts (601–612) and the crafts we list."""

from django.db import migrations

PROVINCE = {"code": 6, "lo": "ແຂວງຫຼວງພະບາງ", "en": "Luang Prabang", "ja": "ルアンパバーン県"}

DISTRICTS = [
    (601, "luang-prabang", "ຫຼວງພະບາງ", "Luang Prabang", "ルアンパバーン"),
    (602, "xieng-ngeun", "ຊຽງເງິນ", "Xieng Ngeun", "シェングン"),
    (603, "nan", "ນານ", "Nan", "ナーン"),
    (604, "pak-ou", "ປາກອູ", "Pak Ou", "パークウー"),
    (605, "nambak", "ນ້ຳບາກ", "Nambak", "ナムバーク"),
    (606, "ngoy", "ງອຍ", "Ngoy", "ゴイ"),
    (607, "pak-seng", "ປາກແຊງ", "Pak Seng", "パークセーン"),
    (608, "phonxay", "ໂພນໄຊ", "Phonxay", "ポーンサイ"),
    (609, "chomphet", "ຈອມເພັດ", "Chomphet", "チョムペット"),
    (610, "viengkham", "ວຽງຄຳ", "Viengkham", "ヴィエンカム"),
    (611, "phoukhoune", "ພູຄູນ", "Phoukhoune", "プークーン"),
    (612, "phonthong", "ໂພນທອງ", "Phonthong", "ポーントーン"),
]

CRAFTS = [
    ("weaving", "ການທໍຜ້າ", "Weaving", "織物"),
    ("saa-paper", "ເຈ້ຍສາ", "Saa (mulberry) paper", "サー紙（楮紙）"),
    ("pottery", "ເຄື່ອງປັ້ນດິນເຜົາ", "Pottery", "陶器"),
    ("bamboo-rattan", "ຈັກສານໄມ້ໄຜ່ ແລະ ຫວາຍ", "Bamboo and rattan", "竹・籐細工"),
    ("wood-carving", "ແກະສະຫຼັກໄມ້", "Wood carving", "木彫"),
    ("silver-metal", "ເຄື່ອງເງິນ ແລະ ໂລຫະ", "Silver and metal", "銀・金属細工"),
    ("embroidery", "ຖັກແສ່ວ", "Embroidery", "刺繍"),
    ("coffee", "ກາເຟ", "Coffee", "コーヒー"),
    ("tea", "ຊາ", "Tea", "お茶"),
    ("other", "ຫັດຖະກຳອື່ນໆ", "Other crafts", "その他の手工芸"),
]


def load(apps, schema_editor):
    Province = apps.get_model("producers", "Province")
    District = apps.get_model("producers", "District")
    Craft = apps.get_model("producers", "Craft")
    province, _ = Province.objects.update_or_create(
        code=PROVINCE["code"],
        defaults={"name": PROVINCE["en"], "name_lo": PROVINCE["lo"], "name_en": PROVINCE["en"], "name_ja": PROVINCE["ja"]},
    )
    for code, slug, lo, en, ja in DISTRICTS:
        District.objects.update_or_create(
            code=code,
            defaults={"province": province, "slug": slug, "name": en, "name_lo": lo, "name_en": en, "name_ja": ja},
        )
    for position, (slug, lo, en, ja) in enumerate(CRAFTS):
        Craft.objects.update_or_create(
            slug=slug, defaults={"position": position, "name": en, "name_lo": lo, "name_en": en, "name_ja": ja}
        )


def unload(apps, schema_editor):
    apps.get_model("producers", "Craft").objects.filter(slug__in=[c[0] for c in CRAFTS]).delete()
    apps.get_model("producers", "District").objects.filter(code__in=[d[0] for d in DISTRICTS]).delete()
    apps.get_model("producers", "Province").objects.filter(code=PROVINCE["code"]).delete()


class Migration(migrations.Migration):
    dependencies = [("producers", "0001_initial")]

    operations = [migrations.RunPython(load, unload)]
