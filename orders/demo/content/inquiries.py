"""Demo inquiries: two Japanese buyers ask makers about their products; the makers answer in Lao.

Times are days before the load (`days_ago`), so the threads always look recent. A message counts as
read by the other side once that side has written after it, or when the inquiry is closed.
"""

from __future__ import annotations

INQUIRIES: list[dict] = [
    {
        "buyer": "sato@example.jp",
        "producer": "ban-phanom-weavers",
        "subject": "藍染めナーガ柄ストールのお見積もりのお願い",
        "currency": "JPY",
        "items": [
            {"product": "naga-silk-scarf-indigo", "quantity": 30, "target_unit_price": "3300"},
            {"product": "matmee-silk-scarf-marigold", "quantity": 20, "target_unit_price": "3800"},
        ],
        "wanted_by_days": 75,
        "destination": "Kyoto, Japan",
        "sample_requested": True,
        "status": "answered",
        "messages": [
            {
                "sender": "buyer",
                "days_ago": 9.2,
                "language": "ja",
                "body": "はじめてご連絡いたします。京都で東南アジアの手仕事の品を扱っております、"
                "京都雑貨トレーディングの佐藤と申します。\n"
                "貴グループの藍染めナーガ柄シルクストールを拝見し、ぜひ当店でご紹介したいと考えております。"
                "まずは30枚、あわせてマットミーのストール（マリーゴールド×藍）を20枚、"
                "単価はそれぞれ3,300円・3,800円程度を希望しております。\n"
                "本発注の前に、各1枚ずつサンプルをお送りいただくことは可能でしょうか。"
                "また、入荷希望日までに京都着での手配が可能かどうかも、あわせて教えていただけますと幸いです。\n"
                "どうぞよろしくお願いいたします。",
                "translation": "ສະບາຍດີ. ຂ້ອຍຊື່ ຊາໂຕ ຈາກບໍລິສັດ Kyoto Zakka Trading "
                "ເຊິ່ງຂາຍເຄື່ອງຫັດຖະກຳຈາກອາຊີຕາເວັນອອກສຽງໃຕ້ ຢູ່ເມືອງກຽວໂຕ.\n"
                "ໄດ້ເຫັນຜ້າພັນຄໍໄໝລາຍນາກຍ້ອມຄາມຂອງກຸ່ມທ່ານ ແລະ ຢາກນຳໄປຂາຍຢູ່ຮ້ານຂອງພວກເຮົາ. "
                "ເບື້ອງຕົ້ນຕ້ອງການ 30 ຜືນ ແລະ ຜ້າພັນຄໍມັດໝີ່ (ສີດອກດາວເຮືອງ ແລະ ຄາມ) 20 ຜືນ, "
                "ລາຄາທີ່ຫວັງໄວ້ປະມານ 3.300 ເຢນ ແລະ 3.800 ເຢນ ຕໍ່ຜືນ.\n"
                "ກ່ອນສັ່ງແທ້ ສາມາດສົ່ງຕົວຢ່າງມາໃຫ້ຢ່າງລະ 1 ຜືນໄດ້ບໍ່? "
                "ແລະ ສາມາດສົ່ງໃຫ້ຮອດກຽວໂຕທັນວັນທີທີ່ຕ້ອງການໄດ້ບໍ່?\n"
                "ຂອບໃຈຫຼາຍໆ.",
                "translation_language": "lo",
            },
            {
                "sender": "maker",
                "days_ago": 7.6,
                "language": "lo",
                "body": "ສະບາຍດີ ທ່ານ ຊາໂຕ, ຂອບໃຈຫຼາຍໆທີ່ສົນໃຈຜ້າຂອງກຸ່ມເຮົາ.\n"
                "ຜ້າພັນຄໍລາຍນາກ 30 ຜືນ ແລະ ຜ້າມັດໝີ່ 20 ຜືນ ເຮົາເຮັດໄດ້ພາຍໃນ 6 ອາທິດ ຫຼັງຈາກຢືນຢັນຄຳສັ່ງ. "
                "ລາຍນາກລາຄາ 3.300 ເຢນ ເຮົາຮັບໄດ້ ຖ້າສັ່ງ 30 ຜືນຂຶ້ນໄປ; "
                "ຜ້າມັດໝີ່ ຂໍເປັນ 4.000 ເຢນ ເພາະຕ້ອງມັດລາຍ ແລະ ຍ້ອມຫຼາຍຮອບ.\n"
                "ຕົວຢ່າງຢ່າງລະ 1 ຜືນ ສົ່ງທາງ EMS ໄດ້ອາທິດໜ້າ, ຄ່າຕົວຢ່າງ ແລະ ຄ່າສົ່ງ ຂໍໃຫ້ລູກຄ້າເປັນຜູ້ຈ່າຍ.\n"
                "ຄຳຫຼ້າ",
                "translation": "佐藤様\n私たちの布に関心をお寄せいただき、ありがとうございます。\n"
                "ナーガ柄ストール30枚とマットミーのストール20枚は、ご注文確定後6週間以内にお作りできます。"
                "ナーガ柄は30枚以上のご注文であれば3,300円でお受けできます。"
                "マットミーは括りと染めを何度も繰り返すため、4,000円でお願いできればと思います。\n"
                "サンプルは各1枚、来週EMSでお送りできます。サンプル代と送料はご負担をお願いいたします。\n"
                "カムラー",
                "translation_language": "ja",
            },
            {
                "sender": "buyer",
                "days_ago": 6.1,
                "language": "ja",
                "body": "カムラー様\n"
                "早速のご回答ありがとうございます。条件について承知いたしました。"
                "マットミーのストールは4,000円で問題ございません。\n"
                "それでは、サンプル各1枚をEMSでお送りください。"
                "サンプル代と送料のお支払い方法（銀行振込、PayPalなど）をお知らせいただけますでしょうか。\n"
                "到着しましたら色味と仕上がりを確認し、本発注についてご連絡いたします。",
            },
        ],
    },
    {
        "buyer": "tanaka@example.jp",
        "producer": "ban-phanom-weavers",
        "subject": "シルククッションカバー（ダイヤ柄）の卸取引について",
        "currency": "USD",
        "items": [
            {"product": "phanom-silk-cushion-cover-diamond", "quantity": 40, "target_unit_price": "12.50"},
        ],
        "wanted_by_days": 120,
        "destination": "Tokyo, Japan",
        "sample_requested": False,
        "status": "new",
        "messages": [
            {
                "sender": "buyer",
                "days_ago": 2.3,
                "language": "ja",
                "body": "はじめまして。東京でクラフトマーケットを運営しております、東京クラフトマーケットの田中です。\n"
                "ダイヤ柄のシルククッションカバー（45×45cm）を40枚検討しております。"
                "卸価格は1枚12.50米ドルを希望しておりますが、いかがでしょうか。\n"
                "色は藍と生成りの2色で、各20枚を考えております。",
            },
            {
                "sender": "buyer",
                "days_ago": 2.1,
                "language": "ja",
                "body": "追伸：ファスナー付きの仕様に変更していただくことは可能でしょうか。"
                "難しいようでしたら、現在の封筒式のままでも構いません。",
            },
        ],
    },
    {
        "buyer": "sato@example.jp",
        "producer": "xang-khong-saa-paper",
        "subject": "花入りサー紙・無地サー紙の追加仕入れ",
        "currency": "JPY",
        "items": [
            {"product": "saa-sheet-flower-inlaid-60x90", "quantity": 300, "target_unit_price": "95"},
            {"product": "saa-sheet-natural-60x90", "quantity": 500, "target_unit_price": "62"},
        ],
        "wanted_by_days": 10,
        "destination": "Kyoto, Japan",
        "sample_requested": False,
        "status": "closed",
        # 300 × 95 yen + 500 × 62 yen, shipped: what the association reports as an export.
        "outcome": {
            "outcome": "ordered",
            "ordered_quantity": 800,
            "ordered_value": "59500",
            "ordered_currency": "JPY",
        },
        "messages": [
            {
                "sender": "buyer",
                "days_ago": 40.4,
                "language": "ja",
                "body": "ブアパン様\nいつもお世話になっております。京都雑貨トレーディングの佐藤です。\n"
                "前回お送りいただいた花入りのサー紙がお客様に大変好評で、追加でお願いしたく存じます。"
                "花入り（60×90cm）を300枚、無地の生成り（60×90cm）を500枚、"
                "単価はそれぞれ95円・62円でご検討いただけますでしょうか。\n"
                "前回同様、湿気対策として1枚ずつ薄紙を挟み、丸めずに平らな状態で梱包していただけますと助かります。",
            },
            {
                "sender": "maker",
                "days_ago": 38.7,
                "language": "lo",
                "body": "ສະບາຍດີ ທ່ານ ຊາໂຕ,\n"
                "ດີໃຈຫຼາຍທີ່ລູກຄ້າມັກເຈ້ຍຂອງເຮົາ. ເຈ້ຍມີດອກ 300 ແຜ່ນ ລາຄາ 95 ເຢນ "
                "ແລະ ເຈ້ຍທຳມະດາ 500 ແຜ່ນ ລາຄາ 62 ເຢນ ເຮົາຕົກລົງ.\n"
                "ຈະຫໍ່ແບບວາງແປ ມີເຈ້ຍບາງຄັ່ນທຸກແຜ່ນຄືເທື່ອກ່ອນ. "
                "ເຈ້ຍພ້ອມສົ່ງພາຍໃນ 3 ອາທິດ, ສົ່ງແບບ FCA ຫຼວງພະບາງ ຄືເກົ່າ.\n"
                "ບົວພັນ",
            },
            {
                "sender": "buyer",
                "days_ago": 37.9,
                "language": "ja",
                "body": "ご快諾いただきありがとうございます。それでは上記の数量・単価で正式に発注いたします。\n"
                "インボイスとパッキングリストをお送りいただけましたら、前回と同じく銀行振込にて前払いいたします。",
            },
            {
                "sender": "maker",
                "days_ago": 16.2,
                "language": "lo",
                "body": "ເຈ້ຍທັງໝົດ 800 ແຜ່ນ ສົ່ງອອກຈາກຫຼວງພະບາງມື້ນີ້ແລ້ວ, ເລກຕິດຕາມພັດສະດຸ ສົ່ງໃຫ້ທາງອີເມວແລ້ວ. "
                "ຂອບໃຈຫຼາຍໆສຳລັບຄຳສັ່ງຊື້ ແລະ ຫວັງວ່າຈະໄດ້ເຮັດວຽກນຳກັນອີກ.",
            },
        ],
    },
    {
        "buyer": "tanaka@example.jp",
        "producer": "ban-chan-potters",
        "subject": "花瓶・一輪挿しの小ロット仕入れと梱包について",
        "currency": "JPY",
        "items": [
            {"product": "ban-chan-tall-flower-vase", "quantity": 24, "target_unit_price": "650"},
            {"product": "ban-chan-bud-vases-set-of-3", "quantity": 12, "target_unit_price": "500"},
        ],
        "wanted_by_days": 90,
        "destination": "Tokyo, Japan",
        "sample_requested": True,
        "status": "answered",
        "messages": [
            {
                "sender": "buyer",
                "days_ago": 14.3,
                "language": "ja",
                "body": "はじめまして、東京クラフトマーケットの田中と申します。\n"
                "バーンチャンの素焼きの花瓶（30cm）を24本と、一輪挿し3点セットを12セット、"
                "店頭で販売したいと考えております。希望単価は花瓶650円、一輪挿しセット500円です。\n"
                "陶器は輸送中の破損が心配です。梱包の方法と、破損があった場合のご対応についても教えていただけますか。"
                "可能であれば、花瓶を1本サンプルとしてお送りいただけると助かります。",
            },
            {
                "sender": "maker",
                "days_ago": 11.5,
                "language": "lo",
                "body": "ສະບາຍດີ ທ່ານ ທານາກະ, ຂອບໃຈທີ່ສົນໃຈເຄື່ອງປັ້ນບ້ານຈ່ານ.\n"
                "ກະຖາງດອກໄມ້ 24 ໜ່ວຍ ລາຄາ 650 ເຢນ ເຮົາຮັບໄດ້. ຊຸດແຈກັນນ້ອຍ 3 ໜ່ວຍ ຂໍເປັນ 560 ເຢນ "
                "ເພາະຕ້ອງເລືອກໜ່ວຍທີ່ສີຄືກັນຈາກຫຼາຍເຕົາ.\n"
                "ເຮົາຫໍ່ແຕ່ລະໜ່ວຍດ້ວຍເຈ້ຍ ແລະ ຟາງເຂົ້າ, ໃສ່ລັງໄມ້ໄຜ່ ແລ້ວຈຶ່ງໃສ່ກ່ອງເຈ້ຍແຂງສອງຊັ້ນ. "
                "ຖ້າມີໜ່ວຍແຕກ ກະລຸນາຖ່າຍຮູບໄວ້, ເຮົາຈະເຮັດໃໝ່ໃສ່ໃນຄຳສັ່ງຕໍ່ໄປໂດຍບໍ່ຄິດເງິນ. "
                "ຕົວຢ່າງ 1 ໜ່ວຍ ສົ່ງໃຫ້ໄດ້ ພ້ອມກັບເອກະສານລາຄາ.",
            },
        ],
    },
    {
        "buyer": "sato@example.jp",
        "producer": "phonxay-tea-cooperative",
        "subject": "古茶樹の釜炒り緑茶：サンプルと輸入書類について",
        "currency": "JPY",
        "items": [
            {"product": "phonxay-pan-fired-green-tea-100g", "quantity": 100, "target_unit_price": "550"},
        ],
        "wanted_by_days": 60,
        "destination": "Kyoto, Japan",
        "sample_requested": True,
        "status": "answered",
        "messages": [
            {
                "sender": "buyer",
                "days_ago": 5.3,
                "language": "ja",
                "body": "はじめてご連絡いたします。京都雑貨トレーディングの佐藤です。\n"
                "古茶樹の釜炒り緑茶（100g）を当店の食品コーナーで扱いたいと考えております。"
                "まずは100袋、単価550円程度を希望しております。\n"
                "日本へ食品を輸入する際には、残留農薬の検査結果や原材料の表示が必要になります。"
                "検査成績書などの書類はご用意いただけますでしょうか。あわせてサンプルを2袋お願いできますと幸いです。",
            },
            {
                "sender": "maker",
                "days_ago": 3.4,
                "language": "lo",
                "body": "ສະບາຍດີ ທ່ານ ຊາໂຕ, ຂອບໃຈຫຼາຍໆທີ່ສົນໃຈຊາຂອງສະຫະກອນເຮົາ.\n"
                "ຊາຂຽວ 100 ຖົງ ເຮົາຂໍລາຄາ 580 ເຢນ ຕໍ່ຖົງ ເພາະເປັນຊາຍອດຕົ້ນລະດູ.\n"
                "ປີກາຍເຮົາສົ່ງຕົວຢ່າງໄປກວດສານຕົກຄ້າງທີ່ຫ້ອງວິເຄາະໃນວຽງຈັນ ແລະ ມີໃບຢັ້ງຢືນແລ້ວ. "
                "ໃບຢັ້ງຢືນສຸຂານາໄມພືດ ເຮົາຂໍໄດ້ຈາກພະແນກກະສິກຳ ແຕ່ໃຊ້ເວລາປະມານ 2 ອາທິດ.\n"
                "ຕົວຢ່າງ 2 ຖົງ ຈະສົ່ງໃຫ້ພາຍໃນອາທິດນີ້.",
            },
            {
                "sender": "buyer",
                "days_ago": 2.2,
                "language": "ja",
                "body": "ご丁寧にありがとうございます。単価580円で承知いたしました。\n"
                "残留農薬の検査成績書をPDFでお送りいただければ、輸入前の確認に使わせていただきます。"
                "サンプルの到着を楽しみにしております。",
            },
        ],
    },
]
