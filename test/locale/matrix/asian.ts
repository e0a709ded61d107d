import type { LocaleFixtures } from "./types.js";

/* Chinese, Japanese, Korean, Indonesian, Vietnamese, Hinglish, Tagalog. */

export const zh: LocaleFixtures = {
  spelledPhone: {
    yes: [
      "我手机号一三八一二三四五六七八",
      "电话：幺三九 幺二三四 五六七八",
      "打我电话 一五零 零二八八 六六九九",
    ],
    no: [
      "我有三个孩子，做设计五年了",
      "这四个页面还需要两三天",
    ],
  },
  email: {
    yes: [
      "我的邮箱是 zhangwei 艾特 qq 点 com",
      "发到 lihua 圈a 163 点 com",
      "邮箱 wang.fang at 126 dot com",
    ],
    no: [
      "明天下午三点开会",
      "这一点很重要，我们再讨论一下",
    ],
  },
  request: {
    yes: [
      "你的电话号码是多少？",
      "把你的微信号发给我",
      "请在投标里留下邮箱和手机号",
      "留个联系方式吧",
      "加个微信吧",
    ],
    no: [
      "请不要在这里留电话号码",
      "你的报价是多少？",
    ],
  },
  offPlatform: {
    yes: [
      "我们去微信上聊吧",
      "我们私下交易，不走平台",
      "直接转账给我，省手续费",
    ],
    no: [
      "不接受平台外付款。",
      "不要加微信，在平台上沟通就好",
      "所有付款都通过平台",
    ],
  },
  channel: {
    yes: [
      "加V：lihua8888",
      "vx: zhang_wei88",
      "加我薇信 wxid_abc123",
    ],
    no: [
      "这个V领的设计很好看",
      "微信支付的图标放在页面底部",
    ],
  },
  nationalPhone: {
    yes: [
      "我的手机号是138 1234 5678",
      "电话：139-1234-5678",
      "联系电话 010-12345678",
    ],
    no: [
      "订单号 2026100512345678，下单时间 2026年3月5日",
      "预算1200-1500元，交付时间10月5日-10月9日",
    ],
  },
  address: {
    yes: [
      "上海市浦东新区世纪大道100号",
      "地址：北京市朝阳区建国路88号3号楼1201室",
      "寄到广州市天河区天河路385号",
    ],
    no: [
      "这条路很好走，我们下周出发",
      "第3号方案比较好",
    ],
  },
};

export const ja: LocaleFixtures = {
  spelledPhone: {
    yes: [
      "電話番号はゼロキューゼロ、イチニーサンヨン、ゴーロクナナハチです",
      "ぜろはちぜろ の いちにさんよん の ごろくななはち に電話して",
      "携帯は〇九〇‐一二三四‐五六七八です",
    ],
    no: [
      "子どもが二人いて、デザインの仕事は五年目です",
      "四つの画面にあと二、三日かかります",
    ],
  },
  email: {
    yes: [
      "メールは tanaka.taro アット gmail ドット com です",
      "yuki アットマーク yahoo ドット co ドット jp に送ってください",
      "連絡先メール：sato_k あっと docomo どっと ne どっと jp",
    ],
    no: [
      "ドット柄のデザインがかわいいですね",
      "アットホームな職場です",
    ],
  },
  request: {
    yes: [
      "LINEのIDを教えて",
      "電話番号を教えてください",
      "メールアドレスを教えてもらえますか？",
      "応募時にメールアドレスと電話番号を記載してください",
      "ライン交換しませんか",
    ],
    no: [
      "ここに電話番号を書かないでください",
      "時給はいくらですか？",
    ],
  },
  offPlatform: {
    yes: [
      "LINEで続きを話しましょう",
      "直接振り込んでもらえれば手数料かかりません",
      "プラットフォーム外でやり取りしませんか",
    ],
    no: [
      "LINEへの移動はお断りします。ここでやり取りしましょう",
      "支払いはすべてプラットフォーム経由です",
    ],
  },
  channel: {
    yes: [
      "ラインやってる？ID: yuki_0312",
      "ライン追加してね、IDはyuki_0312",
      "インスタのDMください",
    ],
    no: [
      "スタートラインに立ったばかりです",
      "デザインのラインをもう少し細くしてください",
    ],
  },
  nationalPhone: {
    yes: [
      "電話番号は090-1234-5678です",
      "携帯：080-9876-5432",
      "TEL 03-1234-5678",
    ],
    no: [
      "注文番号 2026-004512、注文日 2026年3月5日",
      "予算は1200〜1500円、納期は10月5日〜10月9日",
    ],
  },
  address: {
    yes: [
      "〒150-0001 東京都渋谷区神宮前1丁目2番3号",
      "住所：大阪市北区梅田3丁目1番地 202号室",
      "送り先は〒060-0042 札幌市中央区大通西4丁目",
    ],
    no: [
      "「三丁目の夕日」という映画が好きです",
      "東京に住んで五年になります",
    ],
  },
};

export const ko: LocaleFixtures = {
  spelledPhone: {
    yes: [
      "제 번호는 공일공 일이삼사 오육칠팔이에요",
      "공일공에 구팔칠육에 오사삼이로 연락주세요",
      "전화 공일공, 이삼사오, 육칠팔구",
    ],
    no: [
      "아이가 둘이고 디자인 일은 오 년째예요",
      "화면 네 개에 이삼 일 더 걸려요",
    ],
  },
  email: {
    yes: [
      "이메일은 minsu.kim 골뱅이 naver 점 com 이에요",
      "jiyoung 골뱅이 gmail 닷 컴으로 보내주세요",
      "메일: hyun_woo at daum dot net",
    ],
    no: [
      "이 점이 중요합니다",
      "3시 30분에 만나요",
    ],
  },
  request: {
    yes: [
      "전화번호 좀 알려주세요",
      "카톡 아이디 알려줄래요?",
      "이메일 주소가 뭐예요?",
      "지원서에 이메일과 연락처를 적어주세요",
      "카톡 주세요",
    ],
    no: [
      "여기에 전화번호를 남기지 마세요",
      "시급이 얼마예요?",
    ],
  },
  offPlatform: {
    yes: [
      "카톡으로 얘기해요",
      "직거래로 하시면 수수료 없이 해드릴게요",
      "플랫폼 밖에서 거래해요",
    ],
    no: [
      "카톡으로 옮기는 건 안 할게요. 여기서 얘기해요",
      "결제는 모두 플랫폼을 통해서 해요",
    ],
  },
  channel: {
    yes: [
      "카톡 아이디 minsu88 추가해주세요",
      "카톡으로 연락주세요",
      "텔레 @jun_dev 로 연락주세요",
    ],
    no: [
      "앱의 초록 버튼을 누르면 제출돼요",
      "어제 텔레비전에서 경기 봤어요",
    ],
  },
  nationalPhone: {
    yes: [
      "제 번호는 010-1234-5678입니다",
      "전화: 02-123-4567",
      "연락처 010 9876 5432",
    ],
    no: [
      "주문번호 2026-004512, 주문일 2026.10.05",
      "예산 120만-150만 원, 납기 10월 5일-10월 9일",
    ],
  },
  address: {
    yes: [
      "서울특별시 강남구 테헤란로 123, 4층",
      "주소: 부산 해운대구 우동 1411, 101동 202호",
      "경기도 성남시 분당구 판교역로 235",
    ],
    no: [
      "이 길로 가면 빨라요",
      "서울에 산 지 오 년 됐어요",
    ],
  },
};

export const id: LocaleFixtures = {
  spelledPhone: {
    yes: [
      "nomor aku nol delapan satu dua, tiga empat lima enam, tujuh delapan sembilan",
      "wa aku kosong delapan satu tiga, dua dua tiga tiga, empat empat lima lima",
      "telp kosong delapan lima tujuh, satu dua tiga empat, lima enam tujuh delapan",
    ],
    no: [
      "saya punya dua anak dan tiga kucing, rumah kami nomor lima",
      "empat halaman lagi butuh dua tiga hari",
    ],
  },
  email: {
    yes: [
      "email aku budi.santoso at gmail titik com",
      "kirim ke siti et yahoo titik co titik id",
      "emailnya: dewi_lestari at gmail dot com",
    ],
    no: [
      "titik kumpulnya di depan stasiun jam tiga",
      "titik ini penting, besok kita bahas",
    ],
  },
  request: {
    yes: [
      "Boleh minta nomor WA-nya?",
      "Kirim email kamu ya",
      "Cantumkan email dan nomor HP di proposal",
      "Nomor hp kakak berapa?",
    ],
    no: [
      "Jangan bagikan nomor HP di sini ya",
      "Tarif per jam kakak berapa?",
    ],
  },
  offPlatform: {
    yes: [
      "Lanjut di WA aja ya kak",
      "Transfer langsung ke rekening saya aja biar gak kena potongan",
      "Kita deal di luar platform aja",
    ],
    no: [
      "Dilarang bayar di luar platform ya.",
      "Saya tidak mau pindah ke WA, di sini saja",
      "Semua pembayaran lewat platform ya",
    ],
  },
  channel: {
    yes: [
      "japri via WA aja kak",
      "tele: @budi_dev",
      "chat wa aku ya kak",
    ],
    no: [
      "tombol hijau di aplikasi untuk kirim hasil",
      "kemarin nonton bola di tv",
    ],
  },
  nationalPhone: {
    yes: [
      "nomor HP saya 0812-3456-7890",
      "hubungi 0857 1234 5678",
      "telp 021-1234567",
    ],
    no: [
      "No. pesanan 2026-004512 tanggal 05/10/2026",
      "Jam kerja 08.00-16.00 WIB, budget Rp 1.200.000-1.500.000",
    ],
  },
  address: {
    yes: [
      "Jl. Sudirman No. 45, RT 03/RW 05, Jakarta Pusat 10220",
      "alamat: Jalan Malioboro No. 12, Yogyakarta 55271",
      "kirim ke Jl. Diponegoro No. 8, Kel. Citarum, Kec. Bandung Wetan, Bandung 40115",
    ],
    no: [
      "Jalan-jalan ke mall yuk sabtu nanti",
      "Saya tinggal di Jakarta sudah lima tahun",
    ],
  },
};

export const vi: LocaleFixtures = {
  spelledPhone: {
    yes: [
      "sđt em: không chín một hai, ba bốn năm, sáu bảy tám",
      "số anh là không chín tám, bảy sáu năm, bốn ba hai một",
      "gọi em số không ba tám, tám tám tám, chín chín chín chín",
    ],
    no: [
      "anh ơi hai ba ngày nữa em gửi bản nháp nhé",
      "em có hai con và năm năm kinh nghiệm",
    ],
  },
  email: {
    yes: [
      "email em là lan.nguyen a còng gmail chấm com",
      "gửi vào tuan a móc yahoo chấm com nhé",
      "mail: hoa.tran at gmail chấm com",
    ],
    no: [
      "chấm điểm bài thi xong rồi",
      "dấu chấm cuối câu bị thiếu",
    ],
  },
  request: {
    yes: [
      "Cho mình xin số điện thoại nhé",
      "Email của bạn là gì?",
      "Cho em xin zalo",
      "Vui lòng ghi email và số điện thoại trong hồ sơ",
    ],
    no: [
      "Vui lòng không chia sẻ số điện thoại ở đây",
      "Giá theo giờ của bạn là bao nhiêu?",
    ],
  },
  offPlatform: {
    yes: [
      "Qua Zalo nói chuyện cho tiện nhé",
      "Chuyển khoản trực tiếp cho em, khỏi mất phí sàn",
      "Mình giao dịch ngoài nền tảng nha",
    ],
    no: [
      "Em không muốn chuyển sang Zalo, nói chuyện ở đây thôi",
      "Mọi thanh toán đều qua nền tảng",
    ],
  },
  channel: {
    yes: [
      "kết bạn zalo nhé",
      "add zl em nha",
      "tele: @minh_dev",
    ],
    no: [
      "nút màu xanh trong ứng dụng để nộp bài",
      "hôm qua xem bóng đá trên tivi",
    ],
  },
  nationalPhone: {
    yes: [
      "số điện thoại: 0912 345 678",
      "gọi em 090 123 4567 nhé",
      "sđt 0987654321",
    ],
    no: [
      "Mã đơn 2026-004512 ngày 05/10/2026",
      "Ngân sách 1.200.000-1.500.000 đ, giao từ 05/10 đến 09/10",
    ],
  },
  address: {
    yes: [
      "Số 12 đường Lê Lợi, phường Bến Nghé, Quận 1, TP.HCM",
      "địa chỉ: 123 Nguyễn Trãi, phường 2, quận 5, TP. Hồ Chí Minh",
      "giao đến số 45 ngõ 102 phố Thái Hà, phường Trung Liệt, quận Đống Đa, Hà Nội",
    ],
    no: [
      "đường đi hơi xa nên em đến trễ",
      "em sống ở Hà Nội được năm năm rồi",
    ],
  },
};

export const hiLatn: LocaleFixtures = {
  spelledPhone: {
    yes: [
      "mera number note karo: nau aath saat chhe paanch, chaar teen do ek shunya",
      "call karo: nau double aath, saat chhe paanch, chaar teen do ek",
      "number hai saat do saat, do saat do, saat do saat do",
      "mera no. likh lo: nau aath ek do teen chaar paanch chhe saat aath",
    ],
    no: [
      "ek do din me ho jayega sir, teen revisions free hai",
      "mere do bacche hain aur paanch saal ka experience hai",
    ],
  },
  email: {
    yes: [
      "mera email hai rahul.sharma at the rate gmail dot com",
      "rahul123 at the rate yahoo dot co dot in pe bhejo",
      "mail karo priya_v at gmail dot com pe",
    ],
    no: [
      "at the rate of 500 per hour kaam karunga",
      "yeh point important hai, kal baat karte hain",
    ],
  },
  request: {
    yes: [
      "apna number do na",
      "aapka whatsapp number kya hai?",
      "apna email bhejo",
      "proposal me apna email aur phone number daalo",
    ],
    no: [
      "yahan apna number share mat karo",
      "aapka rate kya hai?",
    ],
  },
  offPlatform: {
    yes: [
      "whatsapp pe baat karte hain",
      "direct payment kar do UPI pe, commission bach jayega",
      "platform ke bahar deal kar lete hain",
    ],
    no: [
      "main whatsapp pe shift nahi karunga, yahin baat karte hain",
      "saari payment platform se hi hogi",
    ],
  },
  channel: {
    yes: [
      "mujhe wp karo",
      "telegram pe aao @rahul_dev",
      "whatsapp karo jab free ho",
    ],
    no: [
      "wp theme update kar diya, plugins chal rahe hain",
      "app ka green button dabao submit ke liye",
    ],
  },
  nationalPhone: {
    yes: [
      "mera number 98765 43210 hai",
      "call karo 098765 43210 pe",
      "mobile: 91234-56789",
    ],
    no: [
      "order no 2026-004512, date 05/10/2026",
      "budget 12,000-15,000 rupaye, delivery 05/10 se 09/10",
    ],
  },
  address: {
    yes: [
      "Flat 302, Sai Residency, MG Road, Bengaluru 560001",
      "address: H.No. 45, Sector 15, Gurgaon, Haryana 122001",
      "courier bhejo: B-12, Lajpat Nagar II, New Delhi 110024",
    ],
    no: [
      "road pe traffic bahut hai, late ho jaunga",
      "main paanch saal se Delhi me rehta hoon",
    ],
  },
};

export const tl: LocaleFixtures = {
  spelledPhone: {
    yes: [
      "number ko po: zero nine one seven, one two three, four five six seven",
      "tawagan mo ako sa sero siyam isa walo, dalawa tatlo apat, lima anim pito walo",
      "cp ko sero nuwebe uno siyete, uno dos tres, kuwatro singko sais siyete",
    ],
    no: [
      "may dalawang anak ako at limang taon na sa design",
      "apat na screen pa, dalawa o tatlong araw pa",
    ],
  },
  email: {
    yes: [
      "email ko ay maria.santos at gmail dot com",
      "juan.dc at yahoo dot com po",
      "pakisend sa ana_reyes at outlook dot com",
    ],
    no: [
      "nasa office ako at 3pm, mamaya na tayo mag-usap",
      "magandang point yan, pag-usapan natin bukas",
    ],
  },
  request: {
    yes: [
      "Pahingi ng number mo",
      "Ano ang email mo?",
      "Pwede ko bang makuha ang number mo?",
      "Ilagay ang email at phone number sa proposal",
    ],
    no: [
      "Huwag ibigay ang number mo dito",
      "Magkano ang rate mo kada oras?",
    ],
  },
  offPlatform: {
    yes: [
      "Sa Viber na lang tayo mag-usap",
      "Bayaran mo na lang ako direkta sa GCash para walang fee",
      "Usap tayo sa labas ng platform",
    ],
    no: [
      "Ayoko lumipat sa Messenger, dito na lang tayo",
      "Lahat ng bayad ay dito sa platform",
    ],
  },
  channel: {
    yes: [
      "PM mo ako sa FB",
      "chat mo ako sa messenger",
      "viber ko: @juan_dc",
    ],
    no: [
      "yung green button sa app para i-submit",
      "nanood ako ng laro sa tv kagabi",
    ],
  },
  nationalPhone: {
    yes: [
      "number ko 0917 123 4567",
      "tawagan mo ako sa 0918-234-5678",
      "cp no. 09171234567",
    ],
    no: [
      "Order no. 2026-004512, petsa 05/10/2026",
      "Budget ₱12,000-15,000, delivery 05/10 hanggang 09/10",
    ],
  },
  address: {
    yes: [
      "123 Rizal Street, Barangay San Antonio, Makati City 1203",
      "address: Blk 5 Lot 12, Brgy. Maligaya, Quezon City",
      "paki-deliver sa Unit 4B, 88 Kalayaan Ave, Brgy. Pinyahan, Quezon City 1100",
    ],
    no: [
      "nasa kalye ako, mamaya na lang",
      "limang taon na akong nakatira sa Manila",
    ],
  },
};
