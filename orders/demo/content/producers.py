"""Demo people and producers: the accounts one signs in with, and the 25 makers of Luang Prabang.

Stories are written as the makers (or the volunteer who helped them) would tell them: always in Lao,
in English and Japanese for most, only in Lao for a few small makers. All people are fictional.
"""

from __future__ import annotations

PASSWORD = "hatthakam-demo"

# Users with a role in the demo; producer owners are listed with their producer below.
DEMO_ACCOUNTS: list[dict] = [
    {
        "email": "admin@hatthakam.la",
        "full_name": "Hatthakam admin",
        "preferred_language": "en",
        "role": "moderator",
        "is_staff": True,
        "is_superuser": True,
    },
    {
        "email": "noy@hatthakam.la",
        "full_name": "Noy Sisouphanh",
        "preferred_language": "lo",
        "role": "moderator",
        "is_staff": True,
        "moderator_group": True,
    },
    {
        "phone": "+8562055510101",
        "full_name": "Khamla Phommachanh",
        "preferred_language": "lo",
        "role": "artisan",
    },
    {
        "email": "sato@example.jp",
        "full_name": "Sato Yuki",
        "preferred_language": "ja",
        "role": "buyer",
        "buyer_profile": {
            "company": "Kyoto Zakka Trading",
            "country": "JP",
            "city": "Kyoto",
            "business_type": "importer",
        },
    },
    {
        "email": "tanaka@example.jp",
        "full_name": "Tanaka Ken",
        "preferred_language": "ja",
        "role": "buyer",
        "buyer_profile": {
            "company": "Tokyo Craft Market",
            "country": "JP",
            "city": "Tokyo",
            "business_type": "retailer",
        },
    },
]

MODERATOR_EMAIL = "noy@hatthakam.la"
DEMO_ARTISAN_PHONE = "+8562055510101"

INDIGO = (40, 52, 96)
LAC_RED = (148, 32, 45)
GOLD = (205, 165, 70)
NATURAL = (232, 220, 195)
BAMBOO = (214, 188, 130)
CLAY = (170, 90, 60)
TEA_GREEN = (70, 100, 52)
COFFEE_RED = (150, 40, 36)
IRON = (90, 90, 96)

PRODUCERS: list[dict] = [
    {
        "key": "ban-phanom-weavers",
        "kind": "group",
        "district": 601,
        "original_language": "lo",
        "name": {
            "lo": "ກຸ່ມທໍຜ້າບ້ານພະນົມ",
            "en": "Ban Phanom Weavers' Group",
            "ja": "バーンパノム織物グループ",
        },
        "village": {"lo": "ບ້ານພະນົມ", "en": "Ban Phanom", "ja": "バーンパノム村"},
        "story": {
            "lo": "ກຸ່ມພວກເຮົາເປັນແມ່ຍິງ 28 ຄົນ ຢູ່ບ້ານພະນົມ ຫ່າງຈາກຕົວເມືອງຫຼວງພະບາງປະມານ 4 ກິໂລແມັດ. "
            "ພວກເຮົາທໍຜ້າໄໝດ້ວຍຫູກໄມ້ຢູ່ໃຕ້ຖຸນເຮືອນ ຕາມທີ່ແມ່ ແລະ ແມ່ຕູ້ສອນມາ. "
            "ເສັ້ນໄໝເຮົາຍ້ອມເອງດ້ວຍຄາມ, ຂີ້ຄັ່ງ ແລະ ແກ່ນໄມ້ຂະໜຸນ. "
            "ກຸ່ມຕັ້ງຂຶ້ນປີ 1996 ເພື່ອຂາຍຜ້ານຳກັນ: ບາງຄົນລ້ຽງມອນ, ບາງຄົນຍ້ອມສີ, ສ່ວນຫຼາຍທໍຜ້າ.",
            "en": "Twenty-eight women of Ban Phanom, four kilometres from Luang Prabang town, weave silk on "
            "wooden looms under their stilt houses, as their mothers and grandmothers taught them. "
            "We dye our own yarn with indigo, lac and jackfruit heartwood. "
            "The group started in 1996 so that we could sell together and share the work by skill: "
            "some of us raise silkworms, some dye, most weave.",
            "ja": "ルアンパバーンの町から4kmほどのバーンパノム村で、28人の女性が高床式の家の下に置いた"
            "木の織機で絹を織っています。技術は母や祖母から受け継いだものです。"
            "糸は藍、ラック（カイガラムシ）、ジャックフルーツの芯材で自分たちで染めています。"
            "1996年に共同で販売するためにグループをつくり、養蚕・染め・織りを得意に合わせて分担しています。",
        },
        "crafts": ["weaving"],
        "odop": ["ban-phanom-silk-weaving"],
        "founded_year": 1996,
        "members_count": 28,
        "monthly_capacity": 180,
        "export_experience": "indirect",
        "languages_spoken": ["lo", "en"],
        "owner": {"phone": DEMO_ARTISAN_PHONE, "full_name": "Khamla Phommachanh"},
        "contact_name": "ຄຳຫຼ້າ ພົມມະຈັນ",
        "contact_phone": DEMO_ARTISAN_PHONE,
        "contact_email": "",
        "address": "ບ້ານພະນົມ, ເມືອງຫຼວງພະບາງ, ແຂວງຫຼວງພະບາງ",
        "status": "approved",
        "verified_days_ago": 48,
        "picture": {"colours": [INDIGO, LAC_RED, GOLD], "river": True, "fields": False},
    },
    {
        "key": "xang-khong-saa-paper",
        "kind": "workshop",
        "district": 601,
        "original_language": "lo",
        "name": {
            "lo": "ໂຮງງານເຈ້ຍສາບ້ານຊ່າງຄ້ອງ",
            "en": "Xang Khong Saa Paper Workshop",
            "ja": "サンコーン・サー紙工房",
        },
        "village": {"lo": "ບ້ານຊ່າງຄ້ອງ", "en": "Ban Xang Khong", "ja": "サンコーン村"},
        "story": {
            "lo": "ໂຮງງານນ້ອຍຂອງຄອບຄົວເຮົາຢູ່ແຄມນ້ຳຂອງ ບ້ານຊ່າງຄ້ອງ. "
            "ພວກເຮົາເຮັດເຈ້ຍສາມາຕັ້ງແຕ່ປີ 2004 ຈາກເປືອກຕົ້ນປໍສາ ທີ່ຊາວບ້ານເມືອງນ້ຳບາກ ແລະ ພູຄູນ ລອກມາຂາຍໃຫ້. "
            "ເຍື່ອເຈ້ຍລອຍໃສ່ກອບໃນນ້ຳ ແລ້ວວາງດອກໄມ້ ແລະ ໃບໄມ້ດ້ວຍມືທີລະອັນ ກ່ອນຕາກແດດ. "
            "ປັດຈຸບັນມີຊ່າງ 9 ຄົນ ແລະ ສົ່ງເຈ້ຍໄປຮ້ານຢູ່ປະເທດໄທ ແລະ ຍີ່ປຸ່ນແລ້ວ.",
            "en": "Our family workshop sits on the Mekong bank in Ban Xang Khong. "
            "We have made saa paper since 2004 from paper-mulberry bark that farmers in Nambak and "
            "Phoukhoune strip and sell to us. The pulp is floated onto frames in water, and flowers or "
            "leaves are laid in one by one before the sheets dry in the sun. "
            "Nine people work with us today, and our paper already goes to shops in Thailand and Japan.",
            "ja": "サンコーン村のメコン川のほとりにある家族経営の工房です。2004年から、ナムバークや"
            "プークーンの農家が剥いで届けてくれるカジノキの樹皮でサー紙をすいています。"
            "水に浮かべた木枠に紙料を流し、花や葉を一枚ずつ手で置いてから天日で乾かします。"
            "現在は職人9人で、タイや日本のお店にも紙をお届けしています。",
        },
        "crafts": ["saa-paper"],
        "odop": ["xang-khong-saa-paper"],
        "founded_year": 2004,
        "members_count": 9,
        "monthly_capacity": 3000,
        "export_experience": "direct",
        "languages_spoken": ["lo", "en", "th"],
        "owner": {"phone": "+8562055510202", "full_name": "ບົວພັນ ສີສຸວັນ"},
        "contact_name": "ບົວພັນ ສີສຸວັນ",
        "contact_phone": "+8562055510202",
        "contact_email": "xangkhong.saa@example.la",
        "address": "ບ້ານຊ່າງຄ້ອງ, ເມືອງຫຼວງພະບາງ, ແຂວງຫຼວງພະບາງ",
        "status": "approved",
        "verified_days_ago": 120,
        "picture": {"colours": [NATURAL, (214, 160, 170), (190, 200, 150)], "river": True, "fields": False},
    },
    {
        "key": "xieng-lek-paper-house",
        "kind": "individual",
        "district": 601,
        "original_language": "lo",
        "name": {"lo": "ເຮືອນເຈ້ຍຊຽງແລັກ", "en": "Xieng Lek Paper House", "ja": "シェンレック・ペーパーハウス"},
        "village": {"lo": "ບ້ານຊຽງແລັກ", "en": "Ban Xieng Lek", "ja": "シェンレック村"},
        "story": {
            "lo": "ຂ້ອຍຊື່ ແສງເດືອນ, ເຮັດເຈ້ຍສາຢູ່ບ້ານຊຽງແລັກ ໃກ້ກັບບ້ານຊ່າງຄ້ອງ. "
            "ຮຽນວຽກນີ້ຈາກແມ່ຕັ້ງແຕ່ຍັງນ້ອຍ ແລະ ເປີດຮ້ານເອງໃນປີ 2015. "
            "ປັດຈຸບັນເຮັດກັບລູກສາວ ສອງຄົນແມ່ລູກ: ປຶ້ມບັນທຶກ, ບັດອວຍພອນ ແລະ ເຈ້ຍຫໍ່ຂອງຂວັນ.",
        },
        "crafts": ["saa-paper"],
        "odop": ["xang-khong-saa-paper"],
        "founded_year": 2015,
        "members_count": 2,
        "monthly_capacity": 800,
        "export_experience": "none",
        "languages_spoken": ["lo"],
        "owner": {"phone": "+8562055510203", "full_name": "ແສງເດືອນ ຈັນທະວົງ"},
        "contact_name": "ແສງເດືອນ ຈັນທະວົງ",
        "contact_phone": "+8562055510203",
        "contact_email": "",
        "address": "ບ້ານຊຽງແລັກ, ເມືອງຫຼວງພະບາງ",
        "status": "approved",
        "verified_days_ago": None,
        "picture": {"colours": [NATURAL, (226, 168, 62)], "river": True, "fields": False},
    },
    {
        "key": "xang-khong-textile-studio",
        "kind": "enterprise",
        "district": 601,
        "original_language": "en",
        "name": {
            "lo": "ສະຕູດິໂອສິ່ງທໍຊ່າງຄ້ອງ",
            "en": "Xang Khong Textile Studio",
            "ja": "サンコーン・テキスタイルスタジオ",
        },
        "village": {"lo": "ບ້ານຊ່າງຄ້ອງ", "en": "Ban Xang Khong", "ja": "サンコーン村"},
        "story": {
            "en": "A studio and training workshop in Ban Xang Khong where 35 weavers and dyers from six "
            "villages work on commissions for designers abroad. We set traditional Lao patterns in "
            "contemporary colourways and dye everything with plants from our own dye garden: indigo, lac, "
            "mango bark and jackfruit heartwood. We have shipped to Japan, France and Australia since 2014 "
            "and take care of labels, packing and export papers.",
            "lo": "ສະຕູດິໂອ ແລະ ສູນຝຶກອົບຮົມຢູ່ບ້ານຊ່າງຄ້ອງ, ມີຊ່າງທໍ ແລະ ຊ່າງຍ້ອມ 35 ຄົນ ຈາກ 6 ບ້ານ "
            "ເຮັດວຽກຕາມຄຳສັ່ງຂອງນັກອອກແບບຕ່າງປະເທດ. ພວກເຮົາປະສົມລາຍຜ້າລາວດັ້ງເດີມກັບສີສັນທັນສະໄໝ "
            "ແລະ ຍ້ອມດ້ວຍພືດຈາກສວນຂອງເຮົາເອງ: ຄາມ, ຂີ້ຄັ່ງ, ເປືອກໝາກມ່ວງ ແລະ ແກ່ນຂະໜຸນ. "
            "ສົ່ງອອກໄປຍີ່ປຸ່ນ, ຝຣັ່ງ ແລະ ອົດສະຕຣາລີ ຕັ້ງແຕ່ປີ 2014.",
            "ja": "サンコーン村にあるスタジオ兼研修工房で、6つの村から集まった35人の織り手と染め手が"
            "海外のデザイナーからの注文を手がけています。ラオスの伝統柄を現代的な配色で織り、"
            "自社の染料園で育てた藍、ラック、マンゴーの樹皮、ジャックフルーツの芯材で染めています。"
            "2014年から日本・フランス・オーストラリアへの出荷実績があり、タグ付け、梱包、輸出書類にも対応します。",
        },
        "crafts": ["weaving"],
        "odop": [],
        "founded_year": 2011,
        "members_count": 35,
        "monthly_capacity": 400,
        "export_experience": "direct",
        "languages_spoken": ["lo", "en", "fr"],
        "owner": {"phone": "+8562055510204", "full_name": "ສຸກສະຫວັນ ອິນທະວົງ"},
        "contact_name": "Souksavanh Inthavong",
        "contact_phone": "+8562055510204",
        "contact_email": "studio@xangkhong-textiles.example.la",
        "address": "Ban Xang Khong, Luang Prabang",
        "status": "approved",
        "verified_days_ago": 210,
        "picture": {"colours": [INDIGO, (110, 140, 90), GOLD, LAC_RED], "river": True, "fields": False},
    },
    {
        "key": "ban-chan-potters",
        "kind": "group",
        "district": 609,
        "original_language": "lo",
        "name": {"lo": "ກຸ່ມປັ້ນໝໍ້ບ້ານຈ່ານ", "en": "Ban Chan Potters", "ja": "バーンチャン陶工グループ"},
        "village": {"lo": "ບ້ານຈ່ານ", "en": "Ban Chan", "ja": "バーンチャン村"},
        "story": {
            "lo": "ບ້ານຈ່ານຢູ່ອີກຟາກໜຶ່ງຂອງນ້ຳຂອງ ກົງກັນຂ້າມກັບຕົວເມືອງຫຼວງພະບາງ, ນັ່ງເຮືອຂ້າມມາພຽງ 10 ນາທີ. "
            "ຊາວບ້ານປັ້ນໝໍ້ຈາກດິນໜຽວແຄມນ້ຳຂອງມາຫຼາຍລຸ້ນຄົນ: ໄຫ, ໝໍ້ແກງ, ໝໍ້ນ້ຳ ແລະ ກະຖາງດອກໄມ້. "
            "ກຸ່ມມີ 14 ຄອບຄົວ, ເຜົາດ້ວຍເຕົາຟືນແບບເກົ່າ ແລະ ເຕົາໃໝ່ທີ່ປະຢັດຟືນກວ່າເກົ່າຫຼາຍ.",
            "en": "Ban Chan lies on the far bank of the Mekong, a ten-minute boat ride from Luang Prabang "
            "town. Families here have shaped the river's clay for generations: water jars, cooking pots, "
            "vases and flower pots. Fourteen households belong to the group; they fire in the old wood "
            "kilns and in a newer kiln that burns far less firewood.",
            "ja": "バーンチャン村はルアンパバーンの町の対岸、ボートで10分ほどのところにあります。"
            "村の家族は何世代にもわたって、メコン川の粘土で水がめ、煮炊き用の鍋、花瓶、植木鉢を作ってきました。"
            "グループには14世帯が参加し、昔ながらの薪窯と、薪の量を大きく減らした新しい窯で焼いています。",
        },
        "crafts": ["pottery"],
        "odop": ["ban-chan-pottery"],
        "founded_year": 2001,
        "members_count": 14,
        "monthly_capacity": 600,
        "export_experience": "indirect",
        "languages_spoken": ["lo"],
        "owner": {"phone": "+8562055510205", "full_name": "ບຸນມີ ແກ້ວມະນີ"},
        "contact_name": "ບຸນມີ ແກ້ວມະນີ",
        "contact_phone": "+8562055510205",
        "contact_email": "",
        "address": "ບ້ານຈ່ານ, ເມືອງຈອມເພັດ, ແຂວງຫຼວງພະບາງ",
        "status": "approved",
        "verified_days_ago": 75,
        "picture": {"colours": [CLAY, (196, 130, 92), (112, 78, 60)], "river": True, "fields": False},
    },
    {
        "key": "hat-hien-blacksmiths",
        "kind": "group",
        "district": 601,
        "original_language": "lo",
        "name": {"lo": "ກຸ່ມຕີເຫຼັກບ້ານຫາດຮຽນ", "en": "Hat Hien Blacksmiths", "ja": "ハートヒアン鍛冶グループ"},
        "village": {"lo": "ບ້ານຫາດຮຽນ", "en": "Ban Hat Hien", "ja": "ハートヒアン村"},
        "story": {
            "lo": "ບ້ານຫາດຮຽນເປັນບ້ານຕີເຫຼັກເກົ່າແກ່ຢູ່ແຄມນ້ຳຄານ. "
            "ພວກເຮົາຕີມີດ, ພ້າ, ສຽມ ແລະ ຈົກ ຈາກເຫຼັກແໜບລົດບັນທຸກເກົ່າ ທີ່ແຂງ ແລະ ຄົມດົນ. "
            "ດ້າມເຮັດຈາກໄມ້ເນື້ອແຂງ ແລະ ຝັກມີດແມ່ນພໍ່ເຖົ້າໃນບ້ານແກະເອງ.",
            "en": "Hat Hien is an old blacksmiths' village on the Nam Khan river. We forge kitchen knives, "
            "machetes, spades and hoes from the leaf springs of old trucks, steel that takes a hard edge "
            "and keeps it. Handles are hardwood, and the old men of the village carve the sheaths.",
        },
        "crafts": ["silver-metal"],
        "odop": [],
        "founded_year": 1990,
        "members_count": 11,
        "monthly_capacity": 500,
        "export_experience": "none",
        "languages_spoken": ["lo"],
        "owner": {"phone": "+8562055510206", "full_name": "ທອງດີ ວົງສາ"},
        "contact_name": "ທອງດີ ວົງສາ",
        "contact_phone": "+8562055510206",
        "contact_email": "",
        "address": "ບ້ານຫາດຮຽນ, ເມືອງຫຼວງພະບາງ",
        "status": "approved",
        "verified_days_ago": None,
        "picture": {"colours": [IRON, (120, 84, 52), (60, 60, 64)], "river": True, "fields": False},
    },
    {
        "key": "done-keo-bamboo",
        "kind": "group",
        "district": 601,
        "original_language": "lo",
        "name": {
            "lo": "ກຸ່ມຈັກສານບ້ານດອນແກ້ວ",
            "en": "Done Keo Bamboo Weavers",
            "ja": "ドーンケーオ竹細工グループ",
        },
        "village": {"lo": "ບ້ານດອນແກ້ວ", "en": "Ban Done Keo", "ja": "ドーンケーオ村"},
        "story": {
            "lo": "ແມ່ບ້ານ ແລະ ພໍ່ເຖົ້າໃນບ້ານດອນແກ້ວ ຈັກສານກະຕິບເຂົ້າໜຽວ, ກະຕ່າ ແລະ ກະດົ້ງ ໃນເວລາຫວ່າງຈາກນາ. "
            "ໄມ້ໄຜ່ຕັດຈາກປ່າຊຸມຊົນ ແລ້ວຮົມຄວັນໄຟໃນເຮືອນຄົວໃຫ້ແຫ້ງ ເພື່ອບໍ່ໃຫ້ມອດກິນ. "
            "ພວກເຮົາຕັ້ງກຸ່ມປີ 2008 ດ້ວຍການຊ່ວຍເຫຼືອຂອງສະມາຄົມຫັດຖະກຳ.",
            "en": "Women and older men of Ban Done Keo weave sticky-rice baskets, carrying baskets and "
            "winnowing trays in the months between rice seasons. The bamboo is cut in the community forest "
            "and smoked over the kitchen fire so that borers leave it alone. "
            "We formed the group in 2008 with help from the handicraft association.",
            "ja": "ドーンケーオ村の女性やお年寄りが、田んぼの仕事の合間に、もち米を入れるカティップ、"
            "背負いかご、箕（み）を編んでいます。竹は村の共有林から切り出し、虫がつかないよう台所の火で"
            "燻して乾かします。2008年に手工芸協会の支援を受けてグループを結成しました。",
        },
        "crafts": ["bamboo-rattan"],
        "odop": [],
        "founded_year": 2008,
        "members_count": 16,
        "monthly_capacity": 400,
        "export_experience": "none",
        "languages_spoken": ["lo"],
        "owner": {"phone": "+8562055510207", "full_name": "ຄຳຜຸຍ ສີລາວົງ"},
        "contact_name": "ຄຳຜຸຍ ສີລາວົງ",
        "contact_phone": "+8562055510207",
        "contact_email": "",
        "address": "ບ້ານດອນແກ້ວ, ເມືອງຫຼວງພະບາງ",
        "status": "approved",
        "verified_days_ago": None,
        "picture": {"colours": [BAMBOO, (190, 150, 90)], "river": False, "fields": True},
    },
    {
        "key": "phonxay-tea-cooperative",
        "kind": "group",
        "district": 608,
        "original_language": "lo",
        "name": {"lo": "ສະຫະກອນຊາໂພນໄຊ", "en": "Phonxay Tea Cooperative", "ja": "ポーンサイ茶生産組合"},
        "village": {"lo": "ບ້ານຫ້ວຍເຫຍ", "en": "Ban Houay Hia", "ja": "フアイヒア村"},
        "story": {
            "lo": "ສະຫະກອນຂອງພວກເຮົາມີ 64 ຄອບຄົວ ຢູ່ບ້ານຫ້ວຍເຫຍ ເທິງພູສູງກວ່າ 1200 ແມັດ. "
            "ຕົ້ນຊາບາງຕົ້ນມີອາຍຸຫຼາຍກວ່າ 200 ປີ ແລະ ບໍ່ເຄີຍໃຊ້ຢາຂ້າແມງໄມ້ ຫຼື ຝຸ່ນເຄມີ. "
            "ພວກເຮົາເກັບຍອດຊາດ້ວຍມື, ຂົ້ວໃນກະທະ ແລະ ຕາກໃນຮົ່ມ ກ່ອນບັນຈຸເປັນຖົງ 100 ກຣາມ.",
            "en": "Sixty-four families of Ban Houay Hia farm tea on slopes above 1,200 metres. Some of the "
            "old trees are more than two hundred years old and have never seen pesticide or chemical "
            "fertiliser. We pick the buds by hand, pan-roast them in woks and dry them in the shade before "
            "packing them in 100-gram bags.",
            "ja": "フアイヒア村の64世帯が、標高1,200メートルを超える斜面で茶を育てています。"
            "樹齢200年を超える古茶樹もあり、農薬や化学肥料は一度も使っていません。"
            "新芽を手で摘み、鉄鍋で炒ってから陰干しし、100グラムずつ袋詰めしています。",
        },
        "crafts": ["tea"],
        "odop": ["phonxay-highland-tea"],
        "founded_year": 2012,
        "members_count": 64,
        "monthly_capacity": 900,
        "export_experience": "indirect",
        "languages_spoken": ["lo", "zh"],
        "owner": {"phone": "+8562055510208", "full_name": "ຕົ່ງ ວ່າງ"},
        "contact_name": "ຕົ່ງ ວ່າງ",
        "contact_phone": "+8562055510208",
        "contact_email": "phonxay.tea@example.la",
        "address": "ບ້ານຫ້ວຍເຫຍ, ເມືອງໂພນໄຊ, ແຂວງຫຼວງພະບາງ",
        "status": "approved",
        "verified_days_ago": 33,
        "picture": {"colours": [TEA_GREEN, (120, 150, 80)], "river": False, "fields": True},
    },
    {
        "key": "viengkham-highland-tea",
        "kind": "group",
        "district": 610,
        "original_language": "lo",
        "name": {
            "lo": "ກຸ່ມຊາພູສູງວຽງຄຳ",
            "en": "Viengkham Highland Tea Group",
            "ja": "ヴィエンカム高地茶グループ",
        },
        "village": {"lo": "ບ້ານສົບເຈຍ", "en": "Ban Sopchia", "ja": "ソップチア村"},
        "story": {
            "lo": "ຊາວກະສິກອນ 22 ຄອບຄົວ ຢູ່ບ້ານສົບເຈຍ ເມືອງວຽງຄຳ ເກັບໃບຊາຈາກຕົ້ນຊາປ່າທີ່ຂຶ້ນເອງໃນປ່າດົງດິບ. "
            "ພວກເຮົາເຮັດຊາຂຽວ ແລະ ຊາແດງດ້ວຍມືແບບງ່າຍໆ; "
            "ຊ່ຽວຊານຈາກໂຄງການພັດທະນາມາສອນວິທີຜຶ່ງ, ຕາກ ແລະ ເກັບຮັກສາໃຫ້ຖືກວິທີ.",
            "en": "Twenty-two farming families of Ban Sopchia gather leaves from wild tea trees growing in "
            "the old forest of Viengkham. We make green and black tea by hand in simple ways; experts from "
            "a development project taught us how to wither, dry and store it properly.",
            "ja": "ヴィエンカム郡ソップチア村の22世帯が、原生林に自生する野生の茶の木から葉を摘んでいます。"
            "緑茶と紅茶を手作業で素朴に仕上げており、萎凋・乾燥・保管の方法は開発プロジェクトの"
            "専門家から学びました。",
        },
        "crafts": ["tea"],
        "odop": [],
        "founded_year": 2016,
        "members_count": 22,
        "monthly_capacity": 300,
        "export_experience": "none",
        "languages_spoken": ["lo"],
        "owner": {"phone": "+8562055510209", "full_name": "ພອນສະຫວັນ ພົມມະວົງ"},
        "contact_name": "ພອນສະຫວັນ ພົມມະວົງ",
        "contact_phone": "+8562055510209",
        "contact_email": "",
        "address": "ບ້ານສົບເຈຍ, ເມືອງວຽງຄຳ",
        "status": "approved",
        "verified_days_ago": None,
        "picture": {"colours": [TEA_GREEN, (96, 60, 40)], "river": True, "fields": True},
    },
    {
        "key": "phoukhoune-coffee",
        "kind": "group",
        "district": 611,
        "original_language": "lo",
        "name": {
            "lo": "ກຸ່ມຜູ້ປູກກາເຟພູຄູນ",
            "en": "Phoukhoune Coffee Growers",
            "ja": "プークーン・コーヒー生産者グループ",
        },
        "village": {"lo": "ບ້ານພູຄູນ", "en": "Ban Phoukhoune", "ja": "プークーン村"},
        "story": {
            "lo": "ພູຄູນຢູ່ແຄມທາງເລກ 13 ລະຫວ່າງຫຼວງພະບາງ ແລະ ວັງວຽງ, ສູງປະມານ 1400 ແມັດ ແລະ ອາກາດເຢັນຕະຫຼອດປີ. "
            "ສະມາຊິກ 38 ຄອບຄົວປູກກາເຟອາຣາບິກາໃຕ້ຮົ່ມໄມ້ ແລະ ເກັບສະເພາະໝາກທີ່ສຸກແດງ. "
            "ພວກເຮົາຕາກເມັດເທິງແຄ່ຍົກສູງ ແລະ ຂົ້ວເອງໃນບ້ານ.",
            "en": "Phoukhoune sits on Route 13 between Luang Prabang and Vang Vieng, about 1,400 metres up "
            "and cool all year. Our 38 member families grow arabica under shade trees and pick only the "
            "ripe red cherries. The beans dry on raised beds and we roast them ourselves in the village.",
            "ja": "プークーンはルアンパバーンとバンビエンを結ぶ国道13号線沿い、標高約1,400メートルの"
            "一年中涼しい土地です。組合員38世帯が木陰でアラビカ種を育て、赤く熟した実だけを摘み取っています。"
            "豆は高床の乾燥棚で干し、村で自家焙煎しています。",
        },
        "crafts": ["coffee"],
        "odop": ["phoukhoune-arabica-coffee"],
        "founded_year": 2014,
        "members_count": 38,
        "monthly_capacity": 1200,
        "export_experience": "indirect",
        "languages_spoken": ["lo"],
        "owner": {"phone": "+8562055510210", "full_name": "ສົມພອນ ໄຊຍະວົງ"},
        "contact_name": "ສົມພອນ ໄຊຍະວົງ",
        "contact_phone": "+8562055510210",
        "contact_email": "",
        "address": "ບ້ານພູຄູນ, ເມືອງພູຄູນ, ແຂວງຫຼວງພະບາງ",
        "status": "approved",
        "verified_days_ago": None,
        "picture": {"colours": [COFFEE_RED, (70, 100, 52)], "river": False, "fields": True},
    },
    {
        "key": "nambak-khmu-weavers",
        "kind": "group",
        "district": 605,
        "original_language": "lo",
        "name": {
            "lo": "ກຸ່ມແມ່ຍິງຂະມຸທໍຜ້ານ້ຳບາກ",
            "en": "Nambak Khmu Women Weavers",
            "ja": "ナムバーク・クム族女性織物グループ",
        },
        "village": {"lo": "ບ້ານນ້ຳບາກ", "en": "Ban Nam Bak", "ja": "ナムバーク村"},
        "story": {
            "lo": "ແມ່ຍິງຂະມຸ 30 ຄົນ ຢູ່ບ້ານນ້ຳບາກ ປູກຕົ້ນປ່ານເອງ, ຈີກ ແລະ ຕໍ່ເສັ້ນປ່ານດ້ວຍມື "
            "ແລ້ວທໍດ້ວຍຫູກພື້ນເມືອງ ຕາມແບບທີ່ພໍ່ແມ່ສອນມາ. ຜ້າປ່ານໜາ ແລະ ທົນ, ຍິ່ງຊັກຍິ່ງອ່ອນ. "
            "ນອກຈາກປ່ານ ພວກເຮົາຍັງທໍຜ້າຝ້າຍທີ່ປູກເອງຢູ່ໄຮ່ ແລະ ຍ້ອມຄາມ.",
            "en": "Thirty Khmu women in Ban Nam Bak grow their own hemp, split and splice the fibre by hand "
            "and weave it on traditional looms, as their parents taught them. Hemp cloth is thick and "
            "hard-wearing and gets softer with every wash. Besides hemp we weave cotton grown in our upland "
            "fields and dyed with indigo.",
            "ja": "ナムバーク村のクム族の女性30人が、自分たちで育てたヘンプ（大麻）の繊維を手で裂いて績み、"
            "親から教わったとおり伝統的な織機で織っています。ヘンプの布は厚くて丈夫で、洗うほどに"
            "やわらかくなります。ヘンプのほか、山の畑で育てた綿を藍で染めて織った布も作っています。",
        },
        "crafts": ["weaving"],
        "odop": ["nambak-khmu-hemp-weaving"],
        "founded_year": 2006,
        "members_count": 30,
        "monthly_capacity": 200,
        "export_experience": "none",
        "languages_spoken": ["lo"],
        "owner": {"phone": "+8562055510211", "full_name": "ຄຳເພັດ ສຸລິຍາ"},
        "contact_name": "ຄຳເພັດ ສຸລິຍາ",
        "contact_phone": "+8562055510211",
        "contact_email": "",
        "address": "ບ້ານນ້ຳບາກ, ເມືອງນ້ຳບາກ",
        "status": "approved",
        "verified_days_ago": None,
        "picture": {"colours": [INDIGO, NATURAL, (60, 60, 70)], "river": True, "fields": True},
    },
    {
        "key": "ngoy-hmong-embroidery",
        "kind": "group",
        "district": 606,
        "original_language": "lo",
        "name": {
            "lo": "ກຸ່ມແສ່ວມົ້ງເມືອງງອຍ",
            "en": "Ngoy Hmong Embroidery Group",
            "ja": "ゴイ・モン族刺繍グループ",
        },
        "village": {"lo": "ບ້ານສົບຈຳ", "en": "Ban Sop Jam", "ja": "ソップジャム村"},
        "story": {
            "lo": "ແມ່ຍິງມົ້ງຢູ່ບ້ານສົບຈຳ ເມືອງງອຍ ແສ່ວລາຍຫອຍ, ລາຍດາວ ແລະ ລາຍຕີນຊ້າງ "
            "ທີ່ແມ່ຂອງພວກເຮົາເຄີຍແສ່ວໃສ່ເຄື່ອງນຸ່ງປີໃໝ່ມົ້ງ. ທຸກຊິ້ນແສ່ວດ້ວຍມືທັງໝົດ, "
            "ປອກໝອນໜ່ວຍໜຶ່ງໃຊ້ເວລາເກືອບສອງອາທິດ. ນັກທ່ອງທ່ຽວທີ່ນັ່ງເຮືອຂຶ້ນນ້ຳອູມາ ມັກແວ່ຢາມກຸ່ມເຮົາ.",
            "en": "Hmong women in Ban Sop Jam, Ngoy district, stitch the snail, star and elephant-foot "
            "patterns that their mothers sewed on New Year clothes. Everything is embroidered by hand; one "
            "cushion cover takes almost two weeks. Travellers who come up the Nam Ou by boat often stop "
            "to visit us.",
            "ja": "ゴイ郡ソップジャム村のモン族の女性たちが、母親たちがモンの正月の晴れ着に刺してきた"
            "カタツムリ、星、象の足の文様を刺繍しています。すべて手刺繍で、クッションカバー1枚に"
            "2週間近くかかります。ナムウー川を船で上ってくる旅行者がよく立ち寄ってくれます。",
        },
        "crafts": ["embroidery"],
        "odop": ["ngoy-hmong-embroidery"],
        "founded_year": 2009,
        "members_count": 25,
        "monthly_capacity": 250,
        "export_experience": "indirect",
        "languages_spoken": ["lo", "en"],
        "owner": {"phone": "+8562055510212", "full_name": "ມີ ຢ່າງ"},
        "contact_name": "ມີ ຢ່າງ",
        "contact_phone": "+8562055510212",
        "contact_email": "",
        "address": "ບ້ານສົບຈຳ, ເມືອງງອຍ, ແຂວງຫຼວງພະບາງ",
        "status": "approved",
        "verified_days_ago": 96,
        "picture": {"colours": [(38, 34, 36), LAC_RED, (40, 110, 150)], "river": True, "fields": False},
    },
    {
        "key": "pak-ou-bamboo",
        "kind": "individual",
        "district": 604,
        "original_language": "lo",
        "name": {"lo": "ບຸນທັນ ຈັກສານໄມ້ໄຜ່", "en": "Bounthan Bamboo Crafts", "ja": "ブンタン竹細工"},
        "village": {"lo": "ບ້ານປາກອູ", "en": "Ban Pak Ou", "ja": "パークウー村"},
        "story": {
            "lo": "ຂ້ອຍຊື່ ບຸນທັນ, ອາຍຸ 58 ປີ, ຈັກສານໄມ້ໄຜ່ມາຕັ້ງແຕ່ອາຍຸ 15 ປີ. "
            "ຢູ່ບ້ານປາກອູ ໃກ້ຖ້ຳຕິ່ງ, ເຮັດກະຕິບ, ຂ້ອງ ແລະ ກະເປົາໄມ້ໄຜ່ ຂາຍໃຫ້ນັກທ່ອງທ່ຽວທີ່ມາທາງເຮືອ. "
            "ລູກຊາຍຊ່ວຍຕັດໄມ້ ແລະ ຈັກຕອກ.",
        },
        "crafts": ["bamboo-rattan"],
        "odop": [],
        "founded_year": 1999,
        "members_count": 2,
        "monthly_capacity": 120,
        "export_experience": "none",
        "languages_spoken": ["lo"],
        "owner": {"phone": "+8562055510213", "full_name": "ບຸນທັນ ພິລາວັນ"},
        "contact_name": "ບຸນທັນ ພິລາວັນ",
        "contact_phone": "+8562055510213",
        "contact_email": "",
        "address": "ບ້ານປາກອູ, ເມືອງປາກອູ",
        "status": "approved",
        "verified_days_ago": None,
        "picture": {"colours": [BAMBOO, (160, 120, 70)], "river": True, "fields": False},
    },
    {
        "key": "luang-prabang-silversmiths",
        "kind": "workshop",
        "district": 601,
        "original_language": "lo",
        "name": {
            "lo": "ໂຮງງານເຄື່ອງເງິນຫຼວງພະບາງ",
            "en": "Luang Prabang Silversmiths",
            "ja": "ルアンパバーン銀細工工房",
        },
        "village": {"lo": "ບ້ານທາດຫຼວງ", "en": "Ban That Luang", "ja": "タートルアン村"},
        "story": {
            "lo": "ໂຮງງານເຄື່ອງເງິນຂອງຄອບຄົວເຮົາຢູ່ບ້ານທາດຫຼວງ ສືບທອດມາສາມລຸ້ນ, "
            "ຕັ້ງແຕ່ພໍ່ຕູ້ທີ່ເຄີຍເຮັດຂັນເງິນໃຫ້ວັດ ແລະ ພະລາຊະວັງ. "
            "ປັດຈຸບັນມີຊ່າງ 8 ຄົນ ຕີ ແລະ ຕອກລາຍເງິນດ້ວຍມືທຸກຊິ້ນ: ຂັນ, ກຳໄລ, ຕຸ້ມຫູ ແລະ ສາຍແອວ. "
            "ພວກເຮົາໃຊ້ເງິນທີ່ມີຄວາມບໍລິສຸດ 95 ສ່ວນຮ້ອຍຂຶ້ນໄປ ແລະ ມີໃບຢັ້ງຢືນໃຫ້ທຸກຊິ້ນ.",
            "en": "Our family silver workshop in Ban That Luang goes back three generations, to a "
            "grandfather who made silver bowls for the temples and the palace. Today eight smiths hammer "
            "and chase every piece by hand: offering bowls, bracelets, earrings and belts. We work in "
            "silver of 95 per cent purity or better and give a certificate with each piece.",
            "ja": "タートルアン村にある家族経営の銀細工工房で、寺院や王宮のために銀器を作っていた祖父から"
            "三代続いています。現在は8人の職人が、供物用の銀鉢、バングル、ピアス、ベルトを一つずつ手で"
            "打ち出し、彫金しています。純度95パーセント以上の銀を使い、すべての品に証明書をお付けします。",
        },
        "crafts": ["silver-metal"],
        "odop": [],
        "founded_year": 1987,
        "members_count": 8,
        "monthly_capacity": 150,
        "export_experience": "direct",
        "languages_spoken": ["lo", "en", "fr"],
        "owner": {"phone": "+8562055510214", "full_name": "ວິໄລ ສີສົມບັດ"},
        "contact_name": "ວິໄລ ສີສົມບັດ",
        "contact_phone": "+8562055510214",
        "contact_email": "silver.thatluang@example.la",
        "address": "ບ້ານທາດຫຼວງ, ເມືອງຫຼວງພະບາງ, ແຂວງຫຼວງພະບາງ",
        "status": "approved",
        "verified_days_ago": 160,
        "picture": {"colours": [(200, 200, 205), (150, 150, 158)], "river": False, "fields": False},
    },
    {
        "key": "xang-hai-lanterns",
        "kind": "group",
        "district": 604,
        "original_language": "lo",
        "name": {
            "lo": "ກຸ່ມໂຄມໄຟບ້ານຊ່າງໄຫ",
            "en": "Xang Hai Lantern Makers",
            "ja": "サンハイ村ランタングループ",
        },
        "village": {"lo": "ບ້ານຊ່າງໄຫ", "en": "Ban Xang Hai", "ja": "サンハイ村"},
        "story": {
            "lo": "ບ້ານຊ່າງໄຫຢູ່ແຄມນ້ຳຂອງ ທາງໄປຖ້ຳຕິ່ງ, ນັກທ່ອງທ່ຽວຮູ້ຈັກບ້ານເຮົາຍ້ອນເຫຼົ້າລາວ. "
            "ຕັ້ງແຕ່ປີ 2013 ແມ່ຍິງ 12 ຄົນ ເລີ່ມເຮັດໂຄມໄຟເຈ້ຍສາໃສ່ໂຄງໄມ້ໄຜ່ "
            "ເພື່ອຂາຍໃນບຸນໄຫຼເຮືອໄຟ ແລະ ຕະຫຼາດມືດ. ໂຄມຂອງເຮົາພັບໄດ້ ສົ່ງໄປໄກກໍບໍ່ເສຍຮູບ.",
            "en": "Ban Xang Hai is on the Mekong on the way to the Pak Ou caves; visitors know it for its "
            "rice whisky. Since 2013, twelve women here have made saa-paper lanterns on bamboo frames for "
            "the Boun Lai Heua Fai festival of lights and the night market. Our lanterns fold flat, so "
            "they travel well.",
        },
        "crafts": ["saa-paper"],
        "odop": [],
        "founded_year": 2013,
        "members_count": 12,
        "monthly_capacity": 350,
        "export_experience": "none",
        "languages_spoken": ["lo"],
        "owner": {"phone": "+8562055510215", "full_name": "ດາວເຮືອງ ມະນີວົງ"},
        "contact_name": "ດາວເຮືອງ ມະນີວົງ",
        "contact_phone": "+8562055510215",
        "contact_email": "",
        "address": "ບ້ານຊ່າງໄຫ, ເມືອງປາກອູ",
        "status": "approved",
        "verified_days_ago": None,
        "picture": {"colours": [(218, 165, 45), LAC_RED, NATURAL], "river": True, "fields": False},
    },
    {
        "key": "chomphet-woodcarvers",
        "kind": "workshop",
        "district": 609,
        "original_language": "lo",
        "name": {"lo": "ໂຮງງານແກະສະຫຼັກໄມ້ຈອມເພັດ", "en": "Chomphet Woodcarvers", "ja": "チョムペット木彫工房"},
        "village": {"lo": "ບ້ານຊຽງແມນ", "en": "Ban Xieng Maen", "ja": "シェンメン村"},
        "story": {
            "lo": "ໂຮງງານແກະສະຫຼັກນ້ອຍໆຢູ່ບ້ານຊຽງແມນ, ຝັ່ງນ້ຳຂອງກົງກັນຂ້າມກັບພະລາຊະວັງ. "
            "ຊ່າງ 6 ຄົນ ແກະຮູບຊ້າງ, ນາກ, ດອກໄມ້ ແລະ ແຜ່ນປະດັບຝາ ຈາກໄມ້ຂະໜຸນ ແລະ ໄມ້ມະຄ່າ "
            "ທີ່ເຫຼືອຈາກເຮືອນເກົ່າທີ່ຮື້ຖິ້ມ. ພວກເຮົາບໍ່ໃຊ້ໄມ້ທີ່ຕັດໃໝ່ຈາກປ່າ.",
            "en": "A small carving workshop in Ban Xieng Maen, across the Mekong from the Royal Palace. "
            "Six carvers make elephants, naga, flowers and wall panels from jackfruit and makha wood "
            "salvaged from old houses; we never use freshly felled forest timber.",
            "ja": "王宮の対岸、シェンメン村にある小さな木彫工房です。6人の職人が、取り壊された古い家から"
            "譲り受けたジャックフルーツ材やマカ材で、象、ナーガ、花、壁飾りを彫っています。"
            "森から新たに伐った木は使いません。",
        },
        "crafts": ["wood-carving"],
        "odop": [],
        "founded_year": 2003,
        "members_count": 6,
        "monthly_capacity": 80,
        "export_experience": "indirect",
        "languages_spoken": ["lo", "th"],
        "owner": {"phone": "+8562055510216", "full_name": "ສົມສັກ ອຸ່ນຄຳ"},
        "contact_name": "ສົມສັກ ອຸ່ນຄຳ",
        "contact_phone": "+8562055510216",
        "contact_email": "",
        "address": "ບ້ານຊຽງແມນ, ເມືອງຈອມເພັດ",
        "status": "approved",
        "verified_days_ago": None,
        "picture": {"colours": [(150, 96, 52), (118, 74, 44)], "river": True, "fields": False},
    },
    {
        "key": "xieng-ngeun-cotton",
        "kind": "group",
        "district": 602,
        "original_language": "lo",
        "name": {
            "lo": "ກຸ່ມທໍຜ້າຝ້າຍຊຽງເງິນ",
            "en": "Xieng Ngeun Cotton Weavers",
            "ja": "シェングン綿織物グループ",
        },
        "village": {"lo": "ບ້ານຊຽງເງິນ", "en": "Ban Xieng Ngeun", "ja": "シェングン村"},
        "story": {
            "lo": "ແມ່ຍິງ 20 ຄົນ ບ້ານຊຽງເງິນ ທໍຜ້າຝ້າຍສຳລັບໃຊ້ໃນເຮືອນ: ຜ້າພັນຄໍ, ຜ້າປູໂຕະ ແລະ ຜ້າຂາວມ້າ. "
            "ຝ້າຍບາງສ່ວນປູກເອງ, ບາງສ່ວນຊື້ຢູ່ຕະຫຼາດ ແລ້ວຍ້ອມດ້ວຍຄາມ ແລະ ເປືອກໄມ້. "
            "ຫູກຢູ່ໃຕ້ຖຸນເຮືອນ, ທໍໄດ້ທຸກມື້ຫຼັງຈາກເຮັດສວນ.",
            "en": "Twenty women of Ban Xieng Ngeun weave cotton for everyday use: scarves, table runners and "
            "pha khao ma, the checked cloth every Lao household keeps. Part of the cotton we grow, part we "
            "buy at the market, and we dye it with indigo and tree bark. The looms stand under our houses, "
            "so we weave every day after work in the gardens.",
            "ja": "シェングン村の女性20人が、ストールやテーブルランナー、ラオスの家庭に欠かせないチェック柄の布"
            "「パーカオマー」など、普段使いの綿布を織っています。綿の一部は自分たちで育て、一部は市場で買い、"
            "藍や樹皮で染めています。織機は高床の家の下にあり、畑仕事のあと毎日織っています。",
        },
        "crafts": ["weaving"],
        "odop": [],
        "founded_year": 2010,
        "members_count": 20,
        "monthly_capacity": 300,
        "export_experience": "none",
        "languages_spoken": ["lo"],
        "owner": {"phone": "+8562055510217", "full_name": "ບຸນເຫຼືອ ສີຫາລາດ"},
        "contact_name": "ບຸນເຫຼືອ ສີຫາລາດ",
        "contact_phone": "+8562055510217",
        "contact_email": "",
        "address": "ບ້ານຊຽງເງິນ, ເມືອງຊຽງເງິນ",
        "status": "approved",
        "verified_days_ago": None,
        "picture": {"colours": [NATURAL, INDIGO, (150, 110, 70)], "river": True, "fields": True},
    },
    {
        "key": "nan-natural-dyes",
        "kind": "individual",
        "district": 603,
        "original_language": "lo",
        "name": {"lo": "ວັນນະລີ ຍ້ອມສີທຳມະຊາດ", "en": "Vannaly Natural Dyes", "ja": "ワンナリー草木染め"},
        "village": {"lo": "ບ້ານນານ", "en": "Ban Nan", "ja": "ナーン村"},
        "story": {
            "lo": "ຂ້ອຍຊື່ ວັນນະລີ, ເຄີຍເຮັດວຽກຢູ່ຮ້ານຜ້າໃນຕົວເມືອງຫຼວງພະບາງ ແລ້ວກັບມາບ້ານນານໃນປີ 2018 "
            "ເພື່ອເປີດບ່ອນຍ້ອມສີຂອງຕົນເອງ. ຂ້ອຍຍ້ອມໄໝ ແລະ ຝ້າຍດ້ວຍດອກດາວເຮືອງ, ໝາກເກືອ, ແກ່ນຂະໜຸນ ແລະ ຄາມ, "
            "ບໍ່ໃຊ້ສີເຄມີຈັກເທື່ອ. ສີຂອງຜ້າແຕ່ລະຜືນຈຶ່ງຕ່າງກັນໜ້ອຍໜຶ່ງ ຍ້ອນວ່າແມ່ນສີທຳມະຊາດ.",
        },
        "crafts": ["weaving"],
        "odop": [],
        "founded_year": 2018,
        "members_count": 1,
        "monthly_capacity": 60,
        "export_experience": "none",
        "languages_spoken": ["lo"],
        "owner": {"phone": "+8562055510218", "full_name": "ວັນນະລີ ແສງອາລຸນ"},
        "contact_name": "ວັນນະລີ ແສງອາລຸນ",
        "contact_phone": "+8562055510218",
        "contact_email": "",
        "address": "ບ້ານນານ, ເມືອງນານ",
        "status": "approved",
        "verified_days_ago": None,
        "picture": {"colours": [(226, 168, 62), (52, 40, 36), INDIGO], "river": False, "fields": True},
    },
    {
        "key": "pak-seng-rattan",
        "kind": "group",
        "district": 607,
        "original_language": "lo",
        "name": {
            "lo": "ກຸ່ມຫັດຖະກຳຫວາຍປາກແຊງ",
            "en": "Pak Seng Rattan Group",
            "ja": "パークセーン籐細工グループ",
        },
        "village": {"lo": "ບ້ານປາກແຊງ", "en": "Ban Pak Seng", "ja": "パークセーン村"},
        "story": {
            "lo": "ບ້ານປາກແຊງຢູ່ຫ່າງໄກ, ຈະໄປຮອດຕົວເມືອງຕ້ອງນັ່ງລົດເກືອບ 3 ຊົ່ວໂມງ. "
            "ຊາວບ້ານ 18 ຄົນ ສານກະຕ່າຫວາຍ, ຖາດ ແລະ ກ່ອງໃສ່ເຄື່ອງ ຈາກຫວາຍທີ່ເກັບໃນປ່າ "
            "ໂດຍຕັດສະເພາະລຳທີ່ແກ່ ເພື່ອໃຫ້ປ່າຫວາຍງອກຄືນໄດ້. ຮັບເຮັດຕາມຂະໜາດທີ່ລູກຄ້າຕ້ອງການ.",
        },
        "crafts": ["bamboo-rattan"],
        "odop": [],
        "founded_year": 2012,
        "members_count": 18,
        "monthly_capacity": 200,
        "export_experience": "none",
        "languages_spoken": ["lo"],
        "owner": {"phone": "+8562055510219", "full_name": "ຄຳສອນ ພິມມະສອນ"},
        "contact_name": "ຄຳສອນ ພິມມະສອນ",
        "contact_phone": "+8562055510219",
        "contact_email": "",
        "address": "ບ້ານປາກແຊງ, ເມືອງປາກແຊງ",
        "status": "approved",
        "verified_days_ago": None,
        "picture": {"colours": [(190, 150, 90), (140, 100, 60)], "river": True, "fields": True},
    },
    {
        "key": "phonthong-indigo",
        "kind": "group",
        "district": 612,
        "original_language": "lo",
        "name": {
            "lo": "ສະຫະກອນຍ້ອມຄາມໂພນທອງ",
            "en": "Phonthong Indigo Cooperative",
            "ja": "ポーントーン藍染め組合",
        },
        "village": {"lo": "ບ້ານໂພນທອງ", "en": "Ban Phonthong", "ja": "ポーントーン村"},
        "story": {
            "lo": "ສະຫະກອນແມ່ຍິງບ້ານໂພນທອງ ປູກຕົ້ນຄາມເອງ ແລະ ໝັກໃນໄຫດິນຕາມວິທີດັ້ງເດີມ. "
            "ໝໍ້ຄາມໜ່ວຍໜຶ່ງໃຊ້ໄດ້ຫຼາຍເດືອນ ຖ້າລ້ຽງດີດ້ວຍນ້ຳຂີ້ເທົ່າ ແລະ ເຫຼົ້າ. "
            "ຜ້າຝ້າຍ ແລະ ຜ້າໄໝຂອງເຮົາຍ້ອມຊ້ຳ 10 ຫາ 20 ເທື່ອ ຈົນໄດ້ສີຄາມເຂັ້ມ.",
            "en": "The women's cooperative of Ban Phonthong grows its own indigo and ferments it in clay jars "
            "the traditional way. A vat fed well with wood-ash water and rice whisky lives for months. "
            "Our cotton and silk go into the vat ten to twenty times before they reach a deep indigo.",
            "ja": "ポーントーン村の女性組合は藍を自分たちで育て、昔ながらの方法で土のかめで発酵させています。"
            "木灰の灰汁と米焼酎で手入れを続ければ、藍がめは何か月も生き続けます。"
            "綿や絹は10〜20回染め重ねて、深い藍色に仕上げます。",
        },
        "crafts": ["weaving"],
        "odop": [],
        "founded_year": 2015,
        "members_count": 26,
        "monthly_capacity": 220,
        "export_experience": "none",
        "languages_spoken": ["lo"],
        "owner": {"phone": "+8562055510220", "full_name": "ລຳພອນ ໄຊສົມບັດ"},
        "contact_name": "ລຳພອນ ໄຊສົມບັດ",
        "contact_phone": "+8562055510220",
        "contact_email": "",
        "address": "ບ້ານໂພນທອງ, ເມືອງໂພນທອງ",
        "status": "approved",
        "verified_days_ago": None,
        "picture": {"colours": [INDIGO, (70, 90, 140), NATURAL], "river": False, "fields": True},
    },
    {
        "key": "mekong-silk-house",
        "kind": "enterprise",
        "district": 601,
        "original_language": "en",
        "name": {"lo": "ເຮືອນໄໝແມ່ຂອງ", "en": "Mekong Silk House", "ja": "メコン・シルクハウス"},
        "village": {"lo": "ບ້ານພະນົມເໜືອ", "en": "Ban Pha Nom Neua", "ja": "パノム・ヌア村"},
        "story": {
            "en": "Mekong Silk House is a social enterprise in Ban Pha Nom Neua working with 45 weavers in "
            "four villages. We supply yarn and natural dyes, pay for every piece on delivery, and handle "
            "quality control, finishing and export for boutiques in Japan, Europe and the United States. "
            "Our range covers silk scarves, matmee (ikat) yardage and interior textiles woven to "
            "designers' specifications.",
            "lo": "ເຮືອນໄໝແມ່ຂອງ ເປັນວິສາຫະກິດເພື່ອສັງຄົມ ຢູ່ບ້ານພະນົມເໜືອ, ເຮັດວຽກຮ່ວມກັບຊ່າງທໍ 45 ຄົນ "
            "ຈາກ 4 ບ້ານ. ພວກເຮົາສະໜອງເສັ້ນໄໝ ແລະ ສີຍ້ອມທຳມະຊາດ, ຈ່າຍເງິນທັນທີເມື່ອສົ່ງຜ້າ, "
            "ແລະ ຮັບຜິດຊອບກວດຄຸນນະພາບ ແລະ ສົ່ງອອກໄປຮ້ານຢູ່ຍີ່ປຸ່ນ, ເອີຣົບ ແລະ ອາເມຣິກາ.",
            "ja": "メコン・シルクハウスは、パノム・ヌア村を拠点に4つの村の織り手45人と協働する社会的企業です。"
            "糸と天然染料を支給し、納品時に1点ずつ代金を支払い、検品・仕上げ・輸出までを担って、日本、"
            "ヨーロッパ、アメリカのショップにお届けしています。シルクストール、マットミー（絣）の反物、"
            "デザイナーの仕様に合わせたインテリアテキスタイルを扱っています。",
        },
        "crafts": ["weaving"],
        "odop": ["ban-phanom-silk-weaving"],
        "founded_year": 2007,
        "members_count": 45,
        "monthly_capacity": 600,
        "export_experience": "direct",
        "languages_spoken": ["lo", "en", "fr", "ja"],
        "owner": {"phone": "+8562055510221", "full_name": "ອາລຸນນີ ລັດຕະນະວົງ"},
        "contact_name": "Alounny Rattanavong",
        "contact_phone": "+8562055510221",
        "contact_email": "export@mekongsilkhouse.example.la",
        "address": "Ban Pha Nom Neua, Luang Prabang",
        "status": "approved",
        "verified_days_ago": 300,
        "picture": {"colours": [LAC_RED, GOLD, (98, 46, 88), INDIGO], "river": True, "fields": False},
    },
    {
        "key": "viengkham-bamboo-ware",
        "kind": "group",
        "district": 610,
        "original_language": "lo",
        "name": {
            "lo": "ກຸ່ມເຄື່ອງໃຊ້ໄມ້ໄຜ່ວຽງຄຳ",
            "en": "Viengkham Bamboo Ware Group",
            "ja": "ヴィエンカム竹製品グループ",
        },
        "village": {"lo": "ບ້ານວຽງຄຳ", "en": "Ban Viengkham", "ja": "ヴィエンカム村"},
        "story": {
            "lo": "ບ້ານວຽງຄຳມີປ່າໄຜ່ກວ້າງ ແລະ ຜູ້ຊາຍເກືອບທຸກຄົນຈັກຕອກ ແລະ ສານເປັນ. "
            "ສະມາຊິກ 24 ຄົນ ເຮັດຈອກ, ຖ້ວຍ, ບ່ວງ ແລະ ຖາດໄມ້ໄຜ່ ຂັດໃຫ້ລຽບ ແລ້ວທາດ້ວຍນ້ຳມັນພືດທີ່ປອດໄພສຳລັບອາຫານ. "
            "ເຄື່ອງໃຊ້ໄມ້ໄຜ່ວຽງຄຳ ໄດ້ຮັບເລືອກເປັນຜະລິດຕະພັນ ໜຶ່ງເມືອງໜຶ່ງຜະລິດຕະພັນ ຂອງເມືອງ.",
            "en": "Viengkham has wide bamboo forests, and almost every man in the village can split and "
            "weave bamboo. Our 24 members make cups, bowls, spoons and trays, sanded smooth and finished "
            "with a food-safe plant oil. Viengkham bamboo ware is the district's One District One Product.",
            "ja": "ヴィエンカムには広い竹林があり、村の男性のほとんどが竹を割り、編むことができます。"
            "24人のメンバーが竹のカップ、ボウル、スプーン、トレイを作り、なめらかに磨いて食品に使える"
            "植物油で仕上げています。ヴィエンカムの竹製品は郡の一村一品（ODOP）に選ばれています。",
        },
        "crafts": ["bamboo-rattan"],
        "odop": ["viengkham-bamboo-ware"],
        "founded_year": 2011,
        "members_count": 24,
        "monthly_capacity": 500,
        "export_experience": "none",
        "languages_spoken": ["lo"],
        "owner": {"phone": "+8562055510222", "full_name": "ສີສະຫວາດ ບຸບຜາ"},
        "contact_name": "ສີສະຫວາດ ບຸບຜາ",
        "contact_phone": "+8562055510222",
        "contact_email": "",
        "address": "ບ້ານວຽງຄຳ, ເມືອງວຽງຄຳ",
        "status": "approved",
        "verified_days_ago": None,
        "picture": {"colours": [BAMBOO, (120, 140, 70)], "river": True, "fields": False},
    },
    {
        "key": "ngoy-tai-lue-weavers",
        "kind": "group",
        "district": 606,
        "original_language": "lo",
        "name": {"lo": "ກຸ່ມທໍຜ້າໄຕລື້ເມືອງງອຍ", "en": "Ngoy Tai Lue Weavers", "ja": "ゴイ・タイルー織物グループ"},
        "village": {"lo": "ບ້ານເມືອງງອຍ", "en": "Ban Muang Ngoy", "ja": "ムアンゴイ村"},
        "story": {
            "lo": "ກຸ່ມແມ່ຍິງໄຕລື້ ບ້ານເມືອງງອຍ ທໍຜ້າລາຍໄຕລື້ສີແດງ ແລະ ສີດຳ ສຳລັບຜ້າຫົ່ມ ແລະ ຖົງຍ່າມ. "
            "ພວກເຮົາຫາກໍ່ລົງທະບຽນ ແລະ ກຳລັງລໍຖ້າສະມາຄົມມາຢ້ຽມຢາມ.",
        },
        "crafts": ["weaving"],
        "odop": [],
        "founded_year": 2020,
        "members_count": 10,
        "monthly_capacity": 80,
        "export_experience": "none",
        "languages_spoken": ["lo"],
        "owner": {"phone": "+8562055510223", "full_name": "ບົວໄລ ລື້ຈັນ"},
        "contact_name": "ບົວໄລ ລື້ຈັນ",
        "contact_phone": "+8562055510223",
        "contact_email": "",
        "address": "ບ້ານເມືອງງອຍ, ເມືອງງອຍ",
        "status": "pending",
        "verified_days_ago": None,
        "picture": {"colours": [LAC_RED, (38, 34, 36)], "river": True, "fields": False},
    },
    {
        "key": "nambak-coffee-collective",
        "kind": "group",
        "district": 605,
        "original_language": "lo",
        "name": {"lo": "ກຸ່ມກາເຟນ້ຳບາກ", "en": "Nambak Coffee Collective", "ja": "ナムバーク・コーヒー共同体"},
        "village": {"lo": "ບ້ານນ້ຳບາກ", "en": "Ban Nam Bak", "ja": "ナムバーク村"},
        "story": {
            "lo": "ພວກເຮົາເປັນຊາວໜຸ່ມ 9 ຄົນ ເລີ່ມປູກກາເຟອາຣາບິກາເທິງພູ ບ້ານນ້ຳບາກ ໃນປີ 2022. (ຍັງຂຽນບໍ່ແລ້ວ)",
        },
        "crafts": ["coffee"],
        "odop": [],
        "founded_year": 2022,
        "members_count": 9,
        "monthly_capacity": None,
        "export_experience": "none",
        "languages_spoken": ["lo"],
        "owner": {"phone": "+8562055510224", "full_name": "ອານຸສອນ ແກ້ວພົມມະລາດ"},
        "contact_name": "ອານຸສອນ ແກ້ວພົມມະລາດ",
        "contact_phone": "+8562055510224",
        "contact_email": "",
        "address": "",
        "status": "draft",
        "verified_days_ago": None,
        "picture": {"colours": [COFFEE_RED, TEA_GREEN], "river": False, "fields": True},
    },
    {
        "key": "pak-ou-woodcraft",
        "kind": "workshop",
        "district": 604,
        "original_language": "lo",
        "name": {"lo": "ໂຮງງານໄມ້ປາກອູ", "en": "Pak Ou Woodcraft", "ja": "パークウー木工所"},
        "village": {"lo": "ບ້ານປາກອູ", "en": "Ban Pak Ou", "ja": "パークウー村"},
        "story": {
            "lo": "ໂຮງງານໄມ້ນ້ອຍຢູ່ບ້ານປາກອູ ເຮັດຖາດ, ຄົກ ແລະ ເຂຽງໄມ້ ຈາກໄມ້ເນື້ອແຂງ.",
            "en": "A small woodworking shop in Ban Pak Ou making trays, mortars and chopping boards from "
            "hardwood.",
        },
        "crafts": ["wood-carving"],
        "odop": [],
        "founded_year": 2010,
        "members_count": 4,
        "monthly_capacity": 100,
        "export_experience": "none",
        "languages_spoken": ["lo"],
        "owner": {"phone": "+8562055510225", "full_name": "ທອງຄູນ ສຸວັນນະລາດ"},
        "contact_name": "ທອງຄູນ ສຸວັນນະລາດ",
        "contact_phone": "+8562055510225",
        "contact_email": "",
        "address": "ບ້ານປາກອູ, ເມືອງປາກອູ",
        "status": "suspended",
        "verified_days_ago": None,
        "picture": {"colours": [(150, 96, 52), (96, 60, 40)], "river": True, "fields": False},
    },
]
