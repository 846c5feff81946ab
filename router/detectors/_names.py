"""Common given names from many cultures, for spotting "Firstname Lastname".

Written by hand for this project (not derived from any evaluation data): the
most frequent given names in English-, Spanish-, Portuguese-, French-, Italian-,
German-, Nordic-, Slavic-, Hungarian-, Greek-, Arabic-, Indian-, Chinese-,
Japanese-, Korean- and African-language countries. A name alone is not
flagged; a listed given name followed by a capitalised surname is.
"""

from __future__ import annotations

_GIVEN = """
aaron abby abdul abdullah abigail abraham ada adam adel adele adrian adriana agnes ahmad ahmed
aidan aisha akira alan albert alberto alejandro aleksandr aleksandra alex alexander alexandra
alexandre alexis alfred alfredo ali alice alicia alina alison alvaro amanda amber amelia amina
amir amit amy ana anastasia anders andrea andreas andrei andrew andrzej andy angela angelica
angelo anil anita ann anna anne annette annie anthony antoine anton antonio anya arjun arnav
arne arthur arturo asha ashley astrid aurora ava barbara beatriz ben benjamin bernard bernd beth
betty bianca bill billy birgit bjorn björn bob bobby boris brad bradley brandon brenda brian
bridget brigitte britney bruce bruno bryan caitlin camila camille carl carla carlos carmen carol
carolina caroline carsten catherine cecilia celine chad chang charles charlie charlotte chen
cheng chiara chloe chris christian christina christine christopher claire clara claudia claudio
colin connor craig cristina cynthia dag daisy dale dan dana daniel daniela danielle daniele
daniil darius darren dave david dawn dean deborah debra denis dennis derek diana diane diego
dimitri dimitris dmitri dmitry dominic dominik donald donna doris dorothy doug douglas duncan
dylan ed eddie edgar eduardo edward eileen elena eleni eli elias elif elijah elin elisa
elisabeth eliza elizabeth ella ellen elsa emil emilia emilie emily emma emmanuel enrique eric
erik erika erin ernesto esther ethan eugene eva evan evelyn fabio fabian farah fatima federico
felix fernando filip fiona francesca francesco francis francisco frank franz fred frederick
freya gabriel gabriela gabriele gail gareth gary gavin georg george georgia gerald gerhard
giorgio giovanni giulia giuseppe gloria gordon grace graham greg gregory greta guillaume gunnar
gustav gustavo hamza hana hannah hans harald harry harvey hassan heather hector heidi helen
helena helga henrik henry herbert hideo hiroshi holly hugo hussein ian ibrahim ida igor ilya
ines ingrid irene iris isaac isabel isabella isabelle ivan ivana jack jackie jacob jacqueline
jaime jake james jamie jan jana jane janet janice jari jasmine jason javier jay jean jeff
jeffrey jennifer jenny jens jeremy jerry jesper jessica jesus jill jim jimmy jin jiri joan
joanna joao jodie joe joel johan johann johanna john johnny jon jonas jonathan jordan jorge jose
josef joseph josephine joshua joyce juan judith judy julia julian juliana julie julien julio jun
justin kai kamal karen karin karina karl kate katarina katarzyna katherine kathleen kathryn
kathy katie katrin kay keith kelly ken kenji kenneth kevin khalid kim kimberly kirsten klaus
kofi kristin kristina krzysztof kumar kurt kyle lana lara lars laura lauren laurent lea leah
lena leo leon leonardo leslie liam lily linda lisa liam liu lorenzo louis louise lucas lucia
luis luisa luka lukas luke lydia lynn maciej madison magnus maja malik manuel marc marcel marco
marcus margaret margit maria mariana marie marina mario marion mark marta martha martin mary
maryam mason mateo mathias matilda matteo matthew matthias maurice max maxim maya megan mehmet
mei melanie melissa mia michael michaela michal michel michelle miguel mika mikael mike mikhail
milan miriam mohamed mohammad mohammed monica monika morgan muhammad nadia nancy naomi natalia
natalie nathan neil nicholas nick nicola nicolas nicole niels nikita nikolai nikolaos nils nina
noah noel nora oleg olga oliver olivia omar oscar otto pablo paola patricia patrick paul paula
paulo pedro peter petr petra philip philipp philippe pierre pietro piotr prakash priya rachel
rafael rahul raj rajesh ralph ramon randy raquel ravi rebecca regina reza ricardo richard rick
rita robert roberta roberto robin rodrigo roger roland roman ronald rosa rose ross roy ruben
russell ruth ryan sabine sabrina sadia sakura salma sam samantha samir samuel sandra sanjay
santiago sara sarah sasha satoshi scott sean sebastian serena sergei sergey sergio seth shannon
sharon shawn sheila shirley simon simone sofia sophia sophie stefan stefanie stella stephanie
stephen steve steven sun sunil susan susanne sven sylvia takashi tamara tanya tara ted teresa
terry thomas tim timothy tina tobias todd tom tomas tommy tony tracy travis tyler ursula
valentina valerie vanessa vera veronica victor victoria viktor vincent virginia vivian vladimir
walter wang wei wendy werner william xavier yan yang yasmin yosef youssef yuki yuri yusuf
zachary zainab zhang zoe zofia
"""

# More cultures' common given names, by hand as well: West African (Yoruba, Igbo, Hausa,
# Akan), Southern and East African, South Asian, Irish, Scottish and Welsh, Filipino,
# Malay and Chinese Singaporean, Māori, Caribbean and Central European. Names that are
# also everyday English words ("ruby", "hope", "mere", "boon") are left out.
_GIVEN_MORE = """
abiodun adaeze adebayo adeola adewale adeyemi akinyi akosua akua aliyu amaka amara
aminat aminu ayodele ayo ayomide babajide babatunde bayo bimbo bisi bola bolaji bukola bukky
chiamaka chidi chidinma chika chinedu chinonso chinwe chioma chisom chukwudi chukwuemeka
damilola dayo ebere ebuka emeka femi folake funke funmi funmilayo gbenga halima hauwa ibrahim
ifeanyi ifeoma ikenna jide jumoke kayode kehinde kelechi kemi kunle lanre lola moji ngozi
nkechi nnamdi nneka obinna olu olufemi olumide oluchi oluwaseun onyeka ronke sade sadiq segun
seun shola simi sola taiwo tayo temitope titi tobi tochukwu tolu tolulope tope toyin tunde
uche ugochi uzoma wale wunmi yemi yewande yinka abena adwoa afia afua ama ekow efua esi kobina
kojo kwabena kwaku kwame kweku kwesi yaa
lerato thabo sipho themba thandi thandeka nomvula zanele bongani mandla lindiwe nandi zodwa
sizwe tshepo palesa refilwe karabo kagiso lebo lebogang naledi mpho tumelo ayanda busisiwe
nokuthula siyabonga zinhle ruan riaan jaco marnus hendrik anri elna marike lize carel
wanjiru wambui njeri kamau otieno odhiambo achieng atieno wafula kiprop chebet mwangi njoroge
muthoni nyambura wairimu baraka zawadi amani juma neema imani rehema
aarav vihaan aditya arjun rohan vikram suresh ramesh mahesh ganesh deepak anand vijay ajay
sumit rohit mohit nikhil akash varun karan kunal pranav ishaan krishna sachin anil manoj vinod
ashok rakesh naveen praveen santosh abhishek ankit gaurav saurabh shubham vivek siddharth manish
dinesh mukesh hemant pooja neha anjali ananya aditi divya kavya shreya sneha swati nisha meera
lakshmi sunita anita kavita rekha deepa asha geeta seema ritu pallavi preeti shruti sakshi riya
isha tanvi aishwarya nandini radhika sangeeta usha uma padma madhuri jyoti harpreet gurpreet
manpreet jaspreet simran navjot amrit baljit rajinder sukhwinder karthik srinivas venkat
lakshman murali balaji raghav arvind anirudh vishal tarun kiran sandeep pradeep mohan gopal hari
shiva rajan deepika ramya sowmya bhavna vidya hema revathi imran asif tariq bilal faisal kamran
waqas usman saima ayesha farhan shahid zubair rashid nasreen shabnam rukhsana tahmina rahima
sabina shirin
lorcan cian oisin ciaran cathal colm donal eoin fionn niamh aoife siobhan saoirse caoimhe orla
roisin sinead grainne clodagh aisling deirdre eimear maeve padraig seamus darragh ruairi tadhg
ronan declan fergal feargal enda mairead oonagh sorcha nuala callum hamish ewan euan fraser
angus alasdair lachlan murdo ruaridh iain kirsty morag iona isla ailsa mhairi eilidh catriona
shona rhona rhys dafydd gethin iwan owain gwen gwyneth bethan sian carys cerys rhian ffion eleri
nia aled huw emyr geraint llinos
jomar rommel mylene maricel marites jocelyn rowena lorna analyn arlene rhea jenalyn mariel
ligaya dindo nonoy arnel edgardo renato rodel rogelio reynaldo marlon jinky marivic
divina siti nur nurul farid hafiz azlan aziz rosli syafiq aiman amirah aishah izzati haziq
faizal siew swee choon beng jia xin hui yong hao jie
aroha wiremu anahera ngaire rangi tane desmond delroy winston leroy marcia beverley
claudette yvonne zosia agnieszka malgorzata grzegorz tomasz pawel marek wojciech bartosz kasia
lukasz dariusz kuba oksana olena yulia svetlana vlad bogdan mihai ionut andreea florin alina
zara theo freddie alfie archie ollie reggie finley kian ayaan riley kylie shane bronwyn
"""

GIVEN_NAMES: frozenset[str] = frozenset(_GIVEN.split()) | frozenset(_GIVEN_MORE.split())

# Given names of workforces whose names Faker spells in their own scripts only (Arabic,
# Hangul, Thai) or lacks (Ghana, Kenya, southern Africa, Vietnam without its accents),
# romanised as people type them. They go to ``given_world.txt`` (see
# ``benchmarks/build_name_lists.py``): read only to tell who a short sentence is about
# ("Hamad is in hospital", "uMandla was fired"), never to find a name to redact.
_WORLD = """
hamad saeid rashed majid abdulla abdulrahman abdulaziz abdelrahman noura nourah hessa latifa
sheikha jassim jasim hamdan mansour mansoor zayed humaid hamda moza shamma reem lulwa tarek
tareq mostafa moustafa hany sherif waleed essam hazem shaimaa doaa iman marwan usama hisham
hesham fadi rami ramy bassem yaser wael ehab tamer sameh maged magdy saif turki bandar nawaf
mishaal meshal thamer fahad fahd dalal nouf haya asmaa bushra rawan ruba ghada ameera hala
sawsan
minjun seojun jihoon jiwon jiwoo seoyeon minji sujin soojin jisoo jimin hyunwoo junho dohyun
yejin eunji haeun jiyeon sungmin seungho taeyang yuna hyejin minseo dongwook jaehyun sangwoo
youngho kyungmin
khanh tuan hung nhung duc hieu vinh cuong diep giang kien nhi oanh phat quan thang thien
toan uyen thao dung trang huong ngoc phuong thuy tram binh
haruto yuto sota hinata minato yuka aoi hina kaito takumi daiki kenta shota yusuke takeshi
misaki miyu
elorm kojo kwabena kwaku kwesi akosua abena efua adwoa afua akua serwah serwaa mawuli selasi
edem senyo dzifa yayra ekow fiifi
mandla bongani sipho thabo themba sibusiso lungile nomvula thandeka zanele lindiwe nokuthula
sizwe siyabonga nhlanhla ayanda lwazi zodwa busisiwe palesa lerato kagiso tshepo katlego
refilwe
wafula omondi otieno odhiambo kiprono kipchoge cheruiyot wanjiru wanjiku njeri achieng akinyi
wambui muthoni kamau mwangi njoroge kariuki
chinedu chioma ngozi emeka obinna ifeanyi nkechi adaeze uchenna olamide temitope oluwaseun
damilola
somchai somsak malee nattapong siriporn wichai
"""

WORLD_GIVEN_NAMES: frozenset[str] = frozenset(_WORLD.split())
