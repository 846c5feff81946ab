"""Requests typed in English mixed with another language, glossed word by word.

Employees in Manila, Mumbai, Lagos, Kuala Lumpur, Monterrey or Warsaw type
to the assistant in English with words of their own language dropped in:
"clave Tlaloc_1987", "Rohit ka CTC 18.5 LPA", "Kod pintu bilik server:
4-8-2-0-6", "numer seryjny", "sueldo de 62,000 brutos mensuales". The
detectors read English, so this module offers a second view of such a text
in which the words that carry a private detail, and the small words around
them, are written in English ("password Tlaloc_1987", "Rohit's salary 18.5
LPA", "door code of room server: 4-8-2-0-6"). The registry runs every
detector over that view as well and maps what it finds back to the words
the user typed (``Spelled.span``).

The glossary is small on purpose: nouns and verbs of the ten kinds of
private data (passwords, pay, IDs, health, loss and theft, pictures...) in
Spanish, Portuguese, French, Tagalog, romanised Hindi, Urdu, Bengali and Arabic,
Malay, Indonesian, Polish, Swahili, Vietnamese, Dutch, German, Afrikaans, Italian,
Turkish, Greek, romanised Korean and Japanese, Arabizi, isiZulu and romanised Thai,
and the function words that make ownership readable ("mi", "su", "ka", "c'est",
"beta3") and keep a question one ("hoe", "wie", "nasıl"). Titles around a name
("anh Khánh", "Okada-san", "uMandla") read "colleague" and the name. The
function words and titles are glossed only in a text that holds one of the
content words or a name's thing told the Hindi way ("Arnel ka basic"), and a
text is rewritten only when something in it is not English: a foreign phrase,
or a small word that is no English word ("uska"), not "final" in English lyrics.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator

from router.detectors._normalize import normalize
from router.detectors._numbers import matches_at
from router.detectors._shared import WordIndex, cue_fold, shared
from router.detectors._spoken_digits import Spelled, from_segments
from router.detectors.bare_names import common_words, given_names

__all__ = ["gloss"]

# Words that tell a private detail, with their English. Several words on one side are
# alternatives; "_" stands for the white space between the words of a phrase.
_CONTENT: dict[str, str] = {
    # passwords and codes
    "clave contraseña contrasena kata_laluan kata_sandi haslo hasło senha": "password",
    "usuario nazwa_użytkownika": "username",
    "kod_pintu kod_pintu_bilik código_de_la_puerta codigo_de_la_puerta kod_do_drzwi": "door code",
    "pin_ng_atm pin_ko": "my PIN",
    "nenosiri": "password",
    "nambari_ya_siri": "PIN",
    "kod_do_sejfu kod_sejfu código_de_la_caja_fuerte": "safe code",
    "kod codigo código": "code",
    "sejf sejfu caja_fuerte brankas": "safe",
    "pintu puerta drzwi mlango": "door",
    "rahasia": "secret",
    # identity papers and numbers
    "número_de_serie numero_de_serie numer_seryjny nombor_siri nambari_ya_serial "
    "número_de_série nomor_seri": "serial number",
    "simu celular komórka telefon_służbowy": "phone",
    "número_de_cuenta numero_de_cuenta nombor_akaun numer_konta": "account number",
    "cuenta_bancaria konto_bankowe akaun_bank": "bank account",
    "nomor_rekening no_rek rekening número_de_conta numero_de_conta": "bank account number",
    "akaun akun konto conta cuenta": "account",
    "kitambulisho cédula cedula ktp": "ID card",
    "tanggal_lahir data_de_nascimento": "date of birth",
    "cumpleaños cumpleanos urodziny aniversário": "birthday",
    "nama_ibu_kandung nombre_de_soltera_de_la_madre": "mother's maiden name",
    "respostas_de_segurança respuestas_de_seguridad respuesta_de_seguridad": "security answers",
    "pregunta_de_seguridad pergunta_de_segurança": "security question",
    "tarjeta karta_kredytowa kad_kredit": "card",
    "pasaporte paszport pasport": "passport",
    "licencia_de_conducir prawo_jazdy prawa_jazdy lesen_memandu": "driving licence",
    "dowód_osobisty dowodu_osobistego kad_pengenalan": "identity card",
    "fecha_de_nacimiento data_urodzenia tarikh_lahir petsa_ng_kapanganakan": "date of birth",
    "nació_el nacio_el urodził_się urodziła_się urodzony urodzona": "was born on",
    # pay and money
    "sueldo salario nómina nomina sahod sweldo gaji pensja wynagrodzenie tankhwah ctc": "salary",
    "brutos_mensuales brutos_al_mes mensuales al_mes kada_buwan sebulan miesięcznie": "a month",
    "deuda deudas utang hutang dług długi karz": "debt",
    "mshahara upah salário": "salary",
    "debe deve": "owes",
    "renta aluguel czynsz sewa kodi": "rent",
    # health
    "diagnosticado_con diagnosticada_con diagnosticado_de diagnosticada_de "
    "zdiagnozowano_u_niego zdiagnozowano_u_niej": "diagnosed with",
    "en_tratamiento_por en_tratamiento_de": "in treatment for",
    "depresión depresion depresi depresja": "depression",
    "ansiedad kecemasan lęki": "anxiety",
    "embarazada buntis hamil mengandung w_ciąży w_ciazy": "pregnant",
    "cáncer kanser nowotwór": "cancer",
    "presión_alta alta_presión": "high blood pressure",
    "la_presión la_presion": "blood pressure",
    "bypass_jantung": "heart bypass",
    "sakit_jantung atake_sa_puso zawał": "heart attack",
    "cuti_sakit baja_médica baja_medica zwolnienie_lekarskie": "sick leave",
    "may_sakit sakit chory chora enfermo enferma bimar": "sick",
    "tercucuk_jarum pinchazo_con_aguja ukłucie_igłą": "had a needlestick injury",
    "nag-positive positive_aaya": "tested positive",
    "nimepatikana_na nimegundulika_na": "I was diagnosed with",
    "daktari médico lekarz doktor": "doctor",
    "psikiater psiquiatra psychiatra psikiatri": "psychiatrist",
    "grávida gravida mjamzito": "pregnant",
    "powód razón motivo sebab": "reason",
    # loss, theft and misconduct
    "nawala hilang zgubił zgubiła zgubiono perdió perdio extravió chhut_gaya kho_gaya": "lost",
    "ninakaw dicuri ukradł ukradła ukradziono robaron robó chori_ho_gaya": "stole",
    "imeibiwa iliibiwa roubado roubada roubaram furtado": "was stolen",
    "por_error por_engano kimakosa": "by mistake",
    "caiu cayó se_cayó jatuh upadł upadła": "fell",
    "quebrou se_rompió patah złamał złamała": "broke",
    "click_kar_diya": "clicked",
    "daal_diya": "entered",
    "pegang-pegang": "groping",
    "vendía vendia vendió": "was selling",
    "dituduh_raba acosó acoso_sexual molestó": "sexually harassed",
    "sinigawan_at_minura": "shouted at and swore at",
    "wysłał wysłała ipinadala dihantar": "sent",
    "bazę_klientów base_de_clientes pangkalan_data_pelanggan": "the customer database",
    # pictures and recordings
    "foto fotos fotka zdjęcie zdjęcia gambar litrato larawan picha": "photo",
    "pantallazo captura_de_pantalla zrzut_ekranu tangkapan_skrin tangkapan_layar": "screenshot",
    "captura": "screenshot",
    "print_da_conversa": "screenshot of the chat",
    "skan escaneo digitalização": "scan",
    "fotos_íntimas fotos_intimas": "intimate photos",
    "rekaman": "recording",
    "grabación grabacion nagranie rakaman": "recording",
    "shaadi boda kasal ślub slub perkahwinan": "wedding",
    "czatu chat_privado prywatnego_czatu": "chat",
    # French, Vietnamese and romanised Arabic (and more of the others)
    "mot_de_passe_temporaire mot_de_passe_provisoire": "temporary password",
    "mot_de_passe mật_khẩu ramz kelmet_el_ser kalimet_el_sir": "password",
    "numéro_de_série numero_de_serie_du số_serial số_sê-ri": "serial number",
    "salaire lương ratib raateb ma3ash wynagrodzeń": "salary",
    "compte tài_khoản": "account",
    "carte thẻ": "card",
    "cryptogramme": "CVV",
    "date_de_naissance ngày_sinh": "date of birth",
    "né_le née_le": "was born on",
    "enceinte mang_thai có_thai 7amel": "pregnant",
    "volé volée volés bị_trộm bị_đánh_cắp beyesra2 biyesra2": "stole",
    "perdu perdue bị_mất se_me_cayó": "lost",
    "capture_d'écran ảnh_chụp_màn_hình": "screenshot",
    "ảnh sura sowar suwar": "photo",
    "rançon": "ransom",
    "chiffré chiffrés": "encrypted",
    "nhầm_người": "the wrong person",
    "gửi wysłałam": "sent",
    "viêm_gan": "hepatitis",
    "ung_thư": "cancer",
    "tiểu_đường sukkari": "diabetes",
    "keguguran poronienie": "miscarriage",
    "disahkan": "diagnosed with",
    "pijany pijana lasing": "drunk",
    "psycholog psychologa psicólogo psicologa": "psychologist",
    "półpasiec": "shingles",
    "zajęcie_komornicze": "bailiff deduction",
    "dívida dívidas": "debt",
    "galat_harkat passando_a_mão": "groping",
    "iqama": "residence permit",
    "leseni_ya_udereva permis_de_conduire": "driving licence",
    "jawwal": "phone",
    # Dutch, German, Afrikaans, Italian, Turkish and Greek, and more romanised Bengali
    # and Urdu (the Greek as typed; the table is read through ``normalize`` like a text)
    "wachtwoord wagwoord passwort kennwort şifre şifresi şifrem şifreyi parola "
    "κωδικός_πρόσβασης κωδικό_πρόσβασης συνθηματικό": "password",
    "κωδικός κωδικό κωδικού": "password",
    "gebruikersnaam benutzername nome_utente kullanıcı_adı όνομα_χρήστη": "username",
    "deurcode türcode codice_della_porta kapı_şifresi deurkode": "door code",
    "pincode geheimzahl": "PIN",
    "kluis tresor cassaforte": "safe",
    "salaris gehalt gehalts stipendio maaş maaşı maaşım tankhwa μισθός μισθό": "salary",
    "brutolohn nettolohn lohn": "pay",
    "schuld schulden skuld debito debiti borç borcu borcum qarz χρέος χρέη": "debt",
    "χρωστάει": "owes",
    "achterstand_van achterstand betalingsachterstand mietrückstand": "arrears of",
    "klantnummer klantnr kundennummer kundennr müşteri_numarası numero_cliente": "customer number",
    "nummer": "number",
    "achter achterstallig überfällig scaduto": "behind",
    "σκάλα σκάλες treppe merdiven": "stairs",
    "κάμερα": "camera",
    "δείχνει": "shows",
    "portemonnee portemonnaie geldbörse portafoglio cüzdan cüzdanı πορτοφόλι": "wallet",
    "huur miete affitto bhara ενοίκιο": "rent",
    "rekeningnummer rekeningnommer kontonummer numero_di_conto hesap_numarası": "account number",
    "bankrekening bankverbindung conto_corrente banka_hesabı": "bank account",
    "rekening konto conto hesap hesabı λογαριασμός": "account",
    "paspoort reisepass passaporto pasaport διαβατήριο": "passport",
    "rijbewijs führerschein bestuurslisensie ehliyet δίπλωμα_οδήγησης": "driving licence",
    "personalausweis ausweis ausweisnummer carta_d'identità kimlik kimlik_numarası "
    "nüfus_cüzdanı ταυτότητα ταυτότητας": "ID card",
    "aufenthaltstitel aufenthaltserlaubnis verblijfsvergunning permesso_di_soggiorno "
    "oturma_izni": "residence permit",
    "steuernummer steuer-id codice_fiscale vergi_numarası": "tax number",
    "sozialversicherungsnummer": "social security number",
    "geboortedatum geburtsdatum data_di_nascita doğum_tarihi ημερομηνία_γέννησης": "date of birth",
    "verjaardag verjaarsdag geburtstag compleanno doğum_günü γενέθλια": "birthday",
    "ziek ziekgemeld siek krank krankgeschrieben malato malata hastalandı osustho beemar "
    "bimaar άρρωστος άρρωστη": "sick",
    "krankmeldung ziekmelding ziekteverlof": "sick note",
    "zwanger swanger schwanger incinta hamile έγκυος": "pregnant",
    "kanker cancro tumore καρκίνο καρκίνος": "cancer",
    "depressie depressione depresyon κατάθλιψη": "depression",
    "bipolêr bipolair bipolare": "bipolar",
    "psychiater psikiyatrist psichiatra ψυχίατρο ψυχίατρος": "psychiatrist",
    "huisarts hausarzt arzt dokter daktar γιατρός γιατρό": "doctor",
    "ziekenhuis krankenhaus hospitaal ospedale hastane hastanede hastaneye νοσοκομείο": "hospital",
    "chemotherapie kemoterapi kemoterapiye chemioterapia χημειοθεραπεία": "chemotherapy",
    "infarto herzinfarkt hartaanval kalp_krizi έμφραγμα": "heart attack",
    "σκλήρυνση_κατά_πλάκας multiple_sklerose": "multiple sclerosis",
    "διάσειση gehirnerschütterung hersenschudding commozione": "concussion",
    "gestolen gesteel gestohlen geklaut rubato rubata rubati çalındı çaldı çalmış "
    "churi chori_hoyeche έκλεψε κλάπηκε": "stole",
    "meegenomen": "took",
    "niye_geche": "took",
    "verloren kwijt verloor perso persa kaybetti kaybettim hariye έχασε": "lost",
    "gevallen gestürzt caduto caduta düştü έπεσε": "fell",
    "gebroken gebreek gebrochen rotto rotta kırıldı kırdı έσπασε": "broke",
    "ongeluk ongeval unfall incidente kaza ατύχημα": "accident",
    "lastiggevallen geteister belästigt molestata molestato molestie taciz παρενόχληση "
    "παρενόχλησε": "harassed",
    "cinsel_taciz sexuell_belästigt seksueel_geteister": "sexually harassed",
    "nacktfoto nacktbilder naaktfoto çıplak_fotoğraf": "nude photo",
    "fotoğraf fotoğrafı fotoğrafları fotografie fotografia φωτογραφία φωτογραφίες": "photo",
    "filmpje düğün_videosunu βίντεο": "video",
    "opname aufnahme registrazione kayıt": "recording",
    "schermafbeelding bildschirmfoto ekran_görüntüsü": "screenshot",
    "serienummer seriennummer numero_di_serie seri_numarası σειριακός_αριθμός": "serial number",
    "şasi_numarası fahrgestellnummer": "VIN",
    "licentiesleutel lizenzschlüssel chiave_di_licenza lisans_anahtarı": "licence key",
    "woont wohnt abita woon": "lives",
    "adres adresse indirizzo adresi διεύθυνση": "address",
    "telefoonnummer handynummer selfoon cellulare telefonu κινητό": "phone",
    "collega kollega kollege kollegin meslektaş συνάδελφος": "colleague",
    # Romanised Korean and Japanese, Arabizi (Gulf and Egyptian), Quebec French, Swahili and
    # Sheng, isiZulu, romanised Thai, and more Vietnamese and Brazilian Portuguese
    "bimilbeonho bimil_beonho pasuwaado pasuwādo rahat_phan rahatphan iphasiwedi": "password",
    "jumin_beonho jumin_deungnok_beonho jumindeungnokbeonho jumin_deungrok_beonho": (
        "resident registration number"
    ),
    "yeonbong nenshuu nenshū": "annual salary",
    "wolgeup wolgup geupyeo kyuuryou kyūryō kyuuyo kyūyo ngoen_duean umholo": "salary",
    "gyejwa_beonho kouza_bangou kōza_bangō": "account number",
    "gyejwa kouza kōza furikomisaki furikomi-saki futsuu_kouza futsuu_yokin": "bank account",
    "futsuu futsū": "account",
    "jeonhwa_beonho denwa_bangou denwa_bangō số_điện_thoại inombolo_yocingo": "phone number",
    "số_điện_thoại_giả": "fake phone number",
    "truyện_ngắn đoạn_truyện_ngắn": "a short story",
    "juso juusho jūsho địa_chỉ ikheli": "address",
    "yeokwon hộ_chiếu": "passport",
    "el_ra2am_el_2awmy ra2am_2awmy ra2m_2awmy raqam_qawmi el_ra2am_el_qawmi": "national ID number",
    "bat_prachachon lek_bat_prachachon căn_cước số_cccd": "ID card number",
    "numéro_d'assurance_sociale numero_d'assurance_sociale": "social insurance number",
    "bilhete_de_identidade": "identity card",
    "mã_khách_hàng mã_kh": "customer number",
    "chuumon_rireki chūmon_rireki": "order history",
    "imsin ninshin ukhulelwe mimba": "pregnant",
    "jindan shindan chẩn_đoán được_chẩn_đoán": "diagnosed with",
    "uuljeung uul-jeung utsubyou utsu-byou utsubyō utsu-byō trầm_cảm depressão depressao": (
        "depression"
    ),
    "byeongga kyuushoku kyūshoku nghỉ_ốm arrêt_maladie arrêt_de_travail congé_de_maladie "
    "congé_maladie atestado_médico": "sick leave",
    "byeongwon nyuuin nyūin mosta4fa mustashfa bệnh_viện isibhedlela esibhedlela "
    "rongphayaban rong_phayaban": "hospital",
    "dangnyobyeong tounyoubyou tōnyōbyō": "diabetes",
    "byouki byōki 3ayan 3ayyan mgonjwa uyagula malade": "sick",
    "crise_de_pânico crise_de_panico crises_de_pânico": "panic attack",
    "ansiedade": "anxiety",
    "sertralina": "sertraline",
    "emtholampilo umtholampilo": "clinic",
    "beyakhod biyakhod beta5od bya5od uthatha": "takes",
    "3indah 3ando 3andaha 3andu 3andi": "has",
    "une-hiv": "has HIV",
    "médecin": "doctor",
    "afastado afastada": "off sick",
    "internado internada": "in hospital",
    "jinggye kỷ_luật bị_kỷ_luật choukai chōkai": "disciplinary action",
    "haego kaiko alifukuzwa amefukuzwa uxoshiwe demitido demitida congédié congédiée "
    "mafsool itrafad": "was fired",
    "humchyeo nusumareta etsara2 itsara2 ubentshontsha aliiba ameiba roubou": "stole",
    "bunsil nakushita": "lost",
    "alikamatwa amekamatwa wabanjwa uboshiwe et2abad 2atabad": "was arrested",
    "sokaseo damasareta": "was scammed",
    "ichechaesseo iche-haesseo": "transferred",
    "pirater piraté piratée s'est_fait_pirater bị_hack": "was hacked",
    "đánh_nhau akipigana": "fighting",
    "đình_chỉ bị_đình_chỉ": "suspended",
    "trượt_ngã": "slipped and fell",
    "sekuhara seku-hara assédio": "sexual harassment",
    "pawahara": "harassment",
    "sajin shashin isithombe izithombe": "photo",
    "dongyeongsang douga dōga": "video",
    "kaepcheo kaeppcheo sukusho sukushō capturas": "screenshots",
    "texto": "text message",
    "courriel": "email",
    "imepostiwa": "was posted",
    "msafir msafer misafir": "is travelling to",
    "raje3": "returns",
    "morando": "living",
    "tá_tendo está_tendo": "is having",
    "cartão_corporativo": "corporate card",
    "cartão": "card",
    "khrueang": "machine",
    "mật_khẩu_email mật_khẩu_mail": "the email password",
    "mật_khẩu_wifi mật_khẩu_wi-fi": "the wifi password",
    # "kata laluan baru untuk ...": a new password is told like any other
    "kata_laluan_baru kata_sandi_baru password_baru": "password",
    "mặt_sau_ghi": "the back reads",
    "đồng_hồ": "watch",
    "bị_hỏng": "broke",
    "quay_cảnh quay_lén": "filming",
    "khóc": "crying",
    "phòng_họp": "the meeting room",
    "đang_lan": "is spreading",
    "song_rup": "sent a photo",
    "rup": "photo",
    "group_phid nai_group_phid": "to the wrong group",
    "khong_tua_eng": "of his own",
    "cartão_do cartão_da": "card of",
    "le_robaron les_robaron": "had stolen",
    "camioneta": "van",
    "yom_el_a7ad el_a7ad": "on Sunday",
    "yom_el_etnein el_etnein el_itnein": "on Monday",
    "yom_el_talat el_talat": "on Tuesday",
    "yom_el_arba3 el_arba3": "on Wednesday",
    "yom_el_khamis el_khamis": "on Thursday",
    "yom_el_gom3a el_gom3a el_jum3a": "on Friday",
    "yom_el_sabt el_sabt": "on Saturday",
    "kutholakale": "it was found",
    # Romanised Farsi (Finglish), Romanian, transliterated Russian, Tanglish, Telugu, Bisaya,
    # Hausa and Javanese
    "ramz-e_obur parol' parol parolele": "password",
    "kod_melli code_melli kod-e_melli shomare_melli shomare-ye_melli cnp": "national ID number",
    "tarikh-e_tavallod tarikh_tavallod": "date of birth",
    "soal-e_amniati soal_amniati": "security question",
    "hoghugh hoghoogh salariu salariul salariului zarplata zarplatu oklad": "salary",
    "bedehi datorie datorii dolg dolga": "debt",
    "prosrochka": "arrears",
    "bimar bimare bolnav bolnavă bolnava": "sick",
    "bimarestan spital spitalul bol'nitse bolnitse bol'nitsa bolnitsa": "hospital",
    "na_bol'nichnom na_bolnichnom": "is on sick leave",
    "bol'nichnyi bolnichnyi concediu_medical": "sick leave",
    "afsordegi depressiya depresie": "depression",
    "hamele însărcinată insarcinata beremenna beremennaya": "pregnant",
    "epilepsie epilepsiya": "epilepsy",
    "operatsii operatsiya operatsiyu": "surgery",
    "dozdide dozdid furat ukrali ukral uveli": "stole",
    "ekhraj ekhrajesh concediat concediată uvolili uvolen": "was fired",
    "tasadof avariya naaksidente": "had an accident",
    "ya_sha_giya": "was drunk",
    "guddindi": "hit him",
    "numărul_de_serie numarul_de_serie": "serial number",
    "riwayat_belanja": "purchase history",
    "aks-e aksha": "photos",
    "kadry fotografii": "photos",
    "seday-e_zabt_shode seda-ye_zabt_shode": "the recording",
    "colega_mea colegul_meu sosedka": "my colleague",
    "madaram": "my mother",
    "pedaram": "my father",
    "hamsaram": "my partner",
    "baradaram": "my brother",
    "khaharam": "my sister",
    "pesaram": "my son",
    "dokhtaram": "my daughter",
    "istriku bojoku": "my wife",
    "mantan_pacarku": "my ex",
    # people whose data it is
    "compañera compañero companera companero compañeras compañeros": "colleague",
    "kasamahan rakan_sekerja współpracownik współpracownica": "colleague",
    "jefe jefa szef szefowa": "boss",
    "anak hijo hija syn córka": "child",
}

# Small words, glossed only in a text that holds one of the words above.
_FUNCTION: dict[str, str] = {
    "mi mis mój moja moje mojego mera meri mere mon ma mes minha meu": "my",
    "su sus jego uska uski uske": "his",
    "jej": "her",
    "es está esta jest ialah adalah ay hai c'est là": "is",
    "del du des": "of the",
    "de ng ni của": "of",
    "el la los las ang yung": "the",
    "con dengan": "with",
    "w": "in",
    "para untuk": "for",
    "ahora teraz ngayon sekarang": "now",
    "mijn mein meine meinen meiner mio benim μου": "my",
    "zijn seine seinen suo onun": "his",
    "haar ihre ihren sua": "her",
    "του της": "of the",
    # A question or a request for a template stays one when its content words are glossed
    "hoe wie nasıl πώς πως": "how",
    "hoe_kan_ik wie_kann_ich come_posso": "how can I",
    "wat τι": "what",
    "welke welche quale hangi ποια ποιος ποιο": "which",
    "waarom warum perché neden γιατί": "why",
    "voorbeeld beispiel esempio örnek παράδειγμα": "example",
    "sjabloon vorlage modello şablon πρότυπο": "template",
    "beleid richtlinie politica politikası πολιτική": "policy",
    "ist è είναι": "is",
    "hat": "has",
    "der das": "the",
    "για": "for",
    "με": "with",
    "στο στην στη": "at the",
    "από": "from",
    "keu qualcuno jemand iemand biri": "someone",
    "dopo nach sonra μετά": "after",
    "heeft έχει": "has",
    "beta3 bta3 beta3et bta3et": "of",
    "final": "ending",
    "primo prima": "cousin",
    "toma": "takes",
    "ngoba": "because",
    "akong nako": "my",
    "lui": "of",
    "oda": "'s",
    "naan": "I",
    "irupen": "will be",
    "unnadu": "is",
    "ukuthi": "that",
    "nhà_chị_ấy_ở": "her home is at",
    "nhà_anh_ấy_ở": "his home is at",
    "khong": "of",
}

# "Rohit ka CTC", "Meena ji ka Aadhaar": a name and its thing, told the Hindi way.
_HINDI_POSSESSIVE = re.compile(
    r"\b(?P<who>(?-i:[A-Z][a-z]+))(?:\s+ji)?(?P<of>\s+(?:ka|ki|ke))\s+(?=\w)"
)
# "anh Khánh", "chị Trâm", "khun Malee", "pee Ton": a Vietnamese or Thai title before a
# colleague's name, which tells the English rules the name is a person's.
_TITLE_BEFORE_NAME = re.compile(
    r"(?<![\w-])(?:anh|chị|em|bé|cô|chú|khun|pee|phi|nong|don|doña|dona)"
    r"(?=\s+(?-i:[A-ZĐ])[^\W\d_]+)",
    re.IGNORECASE,
)
# "Han Ji-won ssi", "Okada-san", "Sato-buchou": a Korean or Japanese name before its title;
# "uMandla", "uBongani": an isiZulu name after its noun-class prefix. Both read "colleague"
# and the name.
_TITLE_AFTER_NAME = re.compile(
    r"(?<![\w-])(?P<name>(?-i:[A-Z][a-z]+(?:[ -][A-Z]?[a-z]+){0,2}))"
    r"(?P<title>\s+ssi|\s+nim|-ssi|-san|-sama|-kun|-chan|-buchou|-buchō|-kachou|-kachō|-sensei|"
    r"-senpai|-bujang|-timjang|-daeri)(?P<no>\s+no(?=\s))?(?![\w-])"
    r"|(?<![\w-])(?P<prefix>u)(?=(?-i:[A-Z][a-z]{2,})(?![\w-]))",
)


def _title_before_name(m: re.Match[str]) -> tuple[int, int, str]:
    return m.start(), m.end(), "colleague"


def _title_and_name(m: re.Match[str]) -> tuple[int, int, str]:
    if m.group("prefix") is not None:
        return m.start(), m.end(), "colleague "
    # "Khalid-san no nenshuu": Japanese "no" after a name is the possessive.
    owner = "'s" if m.group("no") is not None else ""
    return m.start(), m.end(), f"colleague {m.group('name')}{owner}"


# "3 de mayo de 1979", "14 lutego 1988", "3 Mei 1979": a date with a foreign month.
_MONTHS = {
    "January": "enero styczeń stycznia januari",
    "February": "febrero lutego luty februari pebrero",
    "March": "marzo marca marzec mac marso",
    "April": "abril kwietnia kwiecień",
    "May": "mayo maja maj mei",
    "June": "junio czerwca czerwiec jun hunyo",
    "July": "julio lipca lipiec julai hulyo",
    "August": "agosto sierpnia sierpień ogos",
    "September": "septiembre setiembre września wrzesień setyembre",
    "October": "octubre października październik oktober oktubre",
    "November": "noviembre listopada listopad nobyembre",
    "December": "diciembre grudnia grudzień disember disyembre",
}
_MONTH_OF = {word: month for month, words in _MONTHS.items() for word in words.split()}
_FOREIGN_DATE = re.compile(
    r"\b(?P<d>\d{1,2})\s+(?:de\s+)?(?P<m>"
    + "|".join(sorted(_MONTH_OF, key=len, reverse=True))
    + r")\s+(?:de\s+|del\s+)?(?P<y>(?:19|20)\d\d)\b",
    re.IGNORECASE,
)


def _key(phrase: str) -> str:
    """How a phrase of the table, or a match in a normalised text, is looked up."""
    return " ".join(phrase.lower().split())


def _phrases(table: dict[str, str]) -> dict[str, str]:
    # The registry glosses the normalised text, in which Greek letters that look Latin
    # are Latin ("κωδικός" reads "kωδikός"): the table is normalised the same way.
    return {
        _key(normalize(phrase.replace("_", " ")).text): english
        for words, english in table.items()
        for phrase in words.split()
    }


_CONTENT_PHRASES = _phrases(_CONTENT)
_FUNCTION_PHRASES = _phrases(_FUNCTION)
# The longest word of each content phrase that is no common English word, as the word
# index spells it (lower case; a word ends at any character but a letter or digit): one
# of them must stand in the text ("w ciąży" is looked for by "ciąży", "positive aaya" by
# "aaya": English words such as "positive" or "pin" would gloss English texts).
_WORD = re.compile(r"[^\W_]+")
_ENGLISH = frozenset(
    [
        "positive",
        "pin",
        "ng",
        "atm",
        "sexual",
        "high",
        "blood",
        "la",
        "de",
        "el",
        "en",
        "w",
        "z",
        "i",
        "a",
        "the",
        "of",
        "name",
        "no",
        "multiple",
        "assurance",
        "crises",
        "hack",
        "une",
    ]
)


def _gate_word(phrase: str) -> str | None:
    """The word of a content phrase looked for first: its longest that is neither in
    ``_ENGLISH`` nor a frequent English word ("rup" of "song rup", "phid" of "group
    phid"), else its longest not in ``_ENGLISH`` ("carte")."""
    # As the word index spells them: "kırıldı" is indexed as "kirildi".
    foreign: list[str] = [w for w in _WORD.findall(cue_fold(phrase)) if w not in _ENGLISH]
    if not foreign:
        return None
    english = common_words()
    return max([w for w in foreign if w not in english] or foreign, key=len)


_GATE = frozenset(filter(None, map(_gate_word, _CONTENT_PHRASES)))
# Chat-length requests only: a long pasted document in another language would be read
# twice over (the benchmark's Spanish texts of 8,000 characters cost half again as much).
MAX_CHARS = 2000
# Only this much text on each side of a glossed word is read again (a long text that
# holds one foreign word is not scanned twice).
_CONTEXT = 160


def _alternation(phrases: dict[str, str]) -> str:
    return "|".join(
        r"\s+".join(re.escape(w) for w in p.split()) for p in sorted(phrases, key=len, reverse=True)
    )


# The first word of every phrase, as the word index spells it: where a match can start.
_FIRST_WORDS = frozenset(
    _WORD.findall(cue_fold(p))[0] for p in (*_CONTENT_PHRASES, *_FUNCTION_PHRASES)
)
# "kod melli-ye madaram" (Farsi's ezafe), "CNP-ul Elenei" (a Romanian article): a content
# phrase with a suffix that ties it to whose it is reads "... of".
_GLOSSED = re.compile(
    rf"(?<![\w-])(?:(?P<content>{_alternation(_CONTENT_PHRASES)})(?P<of>-(?:e|ye|ul|ului))?"
    rf"|(?P<function>{_alternation(_FUNCTION_PHRASES)}))(?![\w-])",
    re.IGNORECASE,
)

_Segment = tuple[int, int, str | None]


def _english(m: re.Match[str]) -> str:
    content = m.group("content")
    if content is None:
        table, found = _FUNCTION_PHRASES, m.group(0)
    else:
        table, found = _CONTENT_PHRASES, content
    # A case-blind match whose lower case differs from the table's (a Greek final sigma
    # typed in capitals) keeps the word as typed rather than failing the scan.
    english = table.get(_key(found), found)
    return english + " of" if m.group("of") else english


def _glossed_matches(text: str) -> Iterator[re.Match[str]]:
    """``_GLOSSED.finditer(text)``, tried only where a word that starts a phrase of the
    table starts: an alternation of 900 phrases tried at every offset of a text cost more
    than the rest of the scan of a 1,000-character text."""
    index = shared(text, WordIndex)
    starts = sorted(
        pos for word in index.words if word in _FIRST_WORDS for pos in index.where(word)
    )
    return matches_at(_GLOSSED, text, starts)


def _replacements(text: str) -> list[tuple[int, int, str]]:
    """What to write in English in ``text``, none when it holds no foreign phrase."""
    found: list[tuple[int, int, str]] = []
    rules: tuple[
        tuple[
            Callable[[str], Iterator[re.Match[str]]],
            Callable[[re.Match[str]], tuple[int, int, str]],
        ],
        ...,
    ] = (
        (_FOREIGN_DATE.finditer, _date),
        (_HINDI_POSSESSIVE.finditer, lambda m: (m.start("of"), m.end("of"), "'s")),
        (_TITLE_BEFORE_NAME.finditer, _title_before_name),
        (_TITLE_AFTER_NAME.finditer, _title_and_name),
        (_glossed_matches, lambda m: (m.start(), m.end(), _english(m))),
    )
    taken: list[tuple[int, int]] = []
    telling = False
    for finditer, make in rules:
        for m in finditer(text):
            start, end, english = make(m)
            if any(start < t_end and t_start < end for t_start, t_end in taken):
                continue  # a date's "de" is not "of"
            taken.append((start, end))
            found.append((start, end, english))
            telling = telling or _telling(make, m)
    return sorted(found) if telling else []


_TITLES = (_title_before_name, _title_and_name)


def _telling(make: Callable[[re.Match[str]], tuple[int, int, str]], m: re.Match[str]) -> bool:
    """Whether a match shows the text is not English: titles and small words that are
    English words too tell nothing ("the final whim" in song lyrics), a foreign phrase,
    date or small word does ("uska", "hai")."""
    if make in _TITLES:
        return False
    if "content" not in m.re.groupindex or m.group("content") is not None:
        return True
    return _key(m.group(0)) not in common_words()


def _date(m: re.Match[str]) -> tuple[int, int, str]:
    return m.start(), m.end(), f"{m.group('d')} {_MONTH_OF[m.group('m').lower()]} {m.group('y')}"


def _named_possessive(text: str, index: WordIndex) -> bool:
    """Whether a known given name has a thing told the Hindi way ("Arnel ka basic"), not
    any capitalised word ("Maternity Benefit Act ke hisaab se")."""
    if not any(index.where(word) for word in ("ka", "ki", "ke")):
        return False
    names = given_names()
    return any(m.group("who").lower() in names for m in _HINDI_POSSESSIVE.finditer(text))


def gloss(text: str) -> Spelled | None:
    """The parts of ``text`` around its foreign words about private data, with those
    words written in English; None when it holds none of them (then nothing else is
    glossed either). ``Spelled.span`` maps spans of the view back to ``text``."""
    if len(text) > MAX_CHARS:
        return None
    index = shared(text, WordIndex)
    # The text's distinct words (tens in a chat request) against the ~660 gate words.
    if _GATE.isdisjoint(index.words) and not _named_possessive(text, index):
        return None
    replacements = _replacements(text)
    if not replacements:
        return None
    segments: list[_Segment] = []
    last = max(0, replacements[0][0] - _CONTEXT)
    for start, end, english in replacements:
        if start - last > 2 * _CONTEXT:
            # A gap between two windows: a paragraph break stands for the text left out.
            segments.append((last, last + _CONTEXT, None))
            segments.append((last + _CONTEXT, start - _CONTEXT, "\n\n"))
            last = start - _CONTEXT
        if start > last:
            segments.append((last, start, None))
        segments.append((start, end, english))
        last = end
    segments.append((last, min(len(text), last + _CONTEXT), None))
    return from_segments(text, segments)
