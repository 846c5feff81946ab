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

GIVEN_NAMES: frozenset[str] = frozenset(_GIVEN.split())
