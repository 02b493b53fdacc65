import os
import os
D = os.path.dirname(os.path.abspath(__file__)) + "/"
def w(name, text, enc="utf-8", nl="\n", bom=False):
    data = text.replace("\n", nl).encode(enc)
    if bom: data = b"\xef\xbb\xbf" + data
    open(D + name, "wb").write(data)

w("2019-05_baviere_cp1252_crlf.txt", """RAPPORT DE MISSION EN BAVIÈRE

Lieux : Munich et Nuremberg (Allemagne)
Dates : 14-18 mai 2019

Délégation :
- Mme Nadine Girault, ministre des Relations internationales et de la Francophonie;
- M. Jean Tremblay, conseiller politique au cabinet de la ministre;
- Mme Sophie Côté, directrice Europe.

Contexte de la mission
La Bavière est l’un des partenaires les plus anciens du Québec en Europe. Les échanges portent sur
l’aérospatiale, l’intelligence artificielle et l’enseignement supérieur.

Objectifs
- renforcer la coopération en intelligence artificielle;
- faire le point sur l’entente de coopération liant le Québec et la Bavière.

Retombées
L’Entente de coopération Québec-Bavière (2009) a été renouvelée lors de la mission, en présence du
ministre-président. La ministre a aussi rencontré des chercheurs de l’Université technique de Munich.

Suivis
- Organiser la prochaine réunion du groupe de travail Québec-Bavière à Québec en 2020.

Rédigé par : Direction Europe
Date : 3 juin 2019
""", enc="cp1252", nl="\r\n")

w("2018-11_mexique_latin1.txt", """Rapport de mission au Mexique

Destination(s) : Mexico et Guadalajara (MEXIQUE)
Dates de la mission : du 28 octobre au 3 novembre 2018

COMPOSITION DE LA DÉLÉGATION
- Mme Danielle McCann, ministre de la Santé et des Services sociaux;
- M. Pierre Gagnon, sous-ministre adjoint.

CONTEXTE
Le Mexique est un partenaire économique important du Québec.

RÉSULTATS
Lors de cette mission, la ministre a signé une entente de coopération avec l'État de Jalisco en
matière de santé publique. Elle a également visité des hôpitaux universitaires.

RECOMMANDATIONS
- Mettre sur pied un comité de suivi de l'entente avec l'État de Jalisco.

Rédigé par : Direction des Amériques
Date : 20 novembre 2018
""", enc="latin-1")

ff = "\f"
w("2019-09_qingdao_yantai_formfeeds.txt", """Mission économique — Qingdao et Yantai
RAPPORT DE MISSION EN CHINE
Lieux : Qingdao et Yantai
Dates de la mission : 9 au 13 septembre 2019
OBJECTIFS
- développer la coopéra-
tion économique et agroalimentaire avec les villes de Qingdao et de Yantai;
- appuyer les entreprises québécoises du secteur agroalimentaire.
Page 1 de 3
""" + ff + """Mission économique — Qingdao et Yantai
RÉSULTATS OBTENUS
La délégation a rencontré les autorités municipales de Qingdao. Il a été convenu de réviser
le plan de travail conclu avec la ville de Yantai en 2016, qui arrive à échéance.
L'entente d'amitié signée avec Qingdao en 2014 demeure le cadre des échanges.
Page 2 de 3
""" + ff + """Mission économique — Qingdao et Yantai
SUIVIS
- Transmettre à la ville de Yantai une proposition de plan de travail révisé.
- Inviter une délégation de Qingdao au Québec en 2020.
Page 3 de 3
""")

w("2018-04_paris_english.txt", """MISSION REPORT
Official visit to France

Places visited: Paris and Lyon, France
Mission dates: April 9-13, 2018

Delegation:
- Hon. Christine St-Pierre, Minister of International Relations and La Francophonie;
- Mr. Marc Lavoie, chief of staff;
- Ms. Julie Roy, director for France.

BACKGROUND
France is Québec's first partner in Europe. The Québec–Île-de-France cooperation agreement
signed in 2015 guides exchanges with the region.

OBJECTIVES
- strengthen cooperation in higher education and culture.

OUTCOMES
The Minister signed a memorandum of understanding with the Île-de-France Region on higher
education. Several agreements with French universities were also discussed.

FOLLOW-UP
- Review the 2015 Québec–Île-de-France cooperation agreement with the Region before 2019.

Prepared by: Europe Directorate
Report date: April 30, 2018
""")

w("2022-04_catalogne_sans_entente.txt", """RAPPORT DE MISSION

Lieu : Barcelone (Espagne)
Dates de la mission : 1er au 5 avril 2022

Composition de la délégation :
- M. Benoit Charette, ministre de l'Environnement et de la Lutte contre les changements climatiques;
- Mme Marie Bouchard, attachée de presse.

CONTEXTE
Plusieurs ententes de coopération multisectorielle lient déjà le Québec à des régions d'Europe.

OBJECTIFS
- échanger sur les politiques de lutte contre les changements climatiques;
- présenter l'expertise québécoise en énergie renouvelable.

RÉSULTATS OBTENUS
Le ministre a rencontré ses homologues catalans et a participé à un forum sur la transition
énergétique.

RECOMMANDATIONS ET SUIVIS
- Poursuivre le dialogue avec la Catalogne sur la tarification du carbone.

Rédigé par : Direction Europe
Date : 19 avril 2022
""")

w("2019-03_wallonie_sans_sections.txt", """Compte rendu de la visite en Wallonie

La ministre de l'Économie s'est rendue à Namur le 14 mars 2019 pour rencontrer le gouvernement de
Wallonie. Elle a fait le point avec ses homologues sur l'Entente de coopération Québec-Wallonie
(1999) et sur les projets en cours en innovation. Les deux gouvernements souhaitent actualiser
cette entente l'an prochain.
""")

w("2016-12_boston_annees.txt", """RAPPORT DE MISSION

Lieux : Boston et Cambridge (Massachusetts, États-Unis)
Dates : 30 décembre 2016 au 3 janvier 2017

Membres de la délégation :
Dr Jean Martin, sous-ministre de l'Économie;
Me Claire Dubois, conseillère juridique.

MISE EN CONTEXTE
Le Québec et le Massachusetts collaborent depuis longtemps en innovation.

BUT DE LA MISSION
Préparer la mise à jour de l'accord de coopération conclu avec le Massachusetts en 2012.

FAITS SAILLANTS
- Rencontre avec le secrétaire au développement économique du Massachusetts.

SUITES À DONNER
- Mettre à jour l'accord de coopération de 2012 avec le Massachusetts.

Préparé par : Bureau du Québec à Boston
Date : 10 janvier 2017
""", bom=True)

w("2023-11_japon_declaration.txt", """RAPPORT DE MISSION AU JAPON

Lieux : Tokyo et Osaka (JAPON)
Dates de la mission : 12 au 16 novembre 2023

Délégation ministérielle :
- M. Pierre Fitzgibbon, ministre de l'Économie, de l'Innovation et de l'Énergie;
- Mme Anne Roy, directrice Asie.

FAITS SAILLANTS
Le ministre et la gouverneure de Tokyo ont signé une déclaration conjointe sur la lutte contre les
changements climatiques. Le ministre a également rencontré des investisseurs à Osaka.

PROCHAINES ÉTAPES
- Préparer un plan d'action pour la mise en œuvre de la déclaration conjointe avec Tokyo.

Rédigé par : Direction Asie-Pacifique
Date : 30 novembre 2023
""")

w("2019-11_vietnam_numerote.txt", """Mission au Vietnam

Lieux : Hanoï et Hô Chi Minh-Ville (VIETNAM)
Dates de la mission : 2019-11-04 au 2019-11-08
Ministère : Ministère de l'Éducation et de l'Enseignement supérieur

1. Contexte
Le Québec accueille de nombreux étudiants vietnamiens.

2. Objectifs de la mission
1) promouvoir les établissements d'enseignement supérieur du Québec;
2) accroître la mobilité étudiante.

3. Résultats
Les établissements ont signé douze ententes interuniversitaires.

4. Recommandations
1) Il est recommandé de revoir le protocole d'entente de 2013 avec le Vietnam sur la mobilité
étudiante.
2) Organiser une mission de recrutement en 2020.
""")

w("2018-06_mexique_english_renewed.txt", """Mission to Mexico

Places visited: Mexico City (Mexico)
Dates: 2–6 June 2018

Delegation
Mr. Paul Durand, Deputy Minister of Economy;
Mrs. Ana Lopez, trade commissioner.

Results
Québec and Mexico renewed their 2014 work plan on trade and investment during the visit.
The 2011 cooperation agreement with Mexico remains in force.

Next steps
- Prepare the next meeting of the Québec–Mexico joint commission.

Prepared by: Americas Directorate
Date: June 20, 2018
""", nl="\r\n")

w("2017-10_shandong_protocoles.txt", """RAPPORT DE MISSION

Lieux : Jinan (Chine)
Dates de la mission : le 16 octobre 2017

Délégation :
- Mme Hélène David, ministre de l'Enseignement supérieur;

RÉSULTATS
La ministre a procédé à la signature de deux protocoles d'entente avec la province du Shandong, l'un
en enseignement supérieur et l'autre en culture. Ces protocoles complètent l'Entente de coopération
Québec-Shandong (2008), qui devra être mise à jour.
""")
print("ok")
