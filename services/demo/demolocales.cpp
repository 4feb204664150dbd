#include "services/demo/demolocales.h"

namespace Leadline::Demo {

namespace {

QString u8(const char *text)
{
    return QString::fromUtf8(text);
}

// "Anna Jürgen" or, where the ASCII form cannot be derived, "佐藤:sato 鈴木:suzuki".
std::vector<DemoName> names(const char *list)
{
    std::vector<DemoName> out;
    const QStringList items = u8(list).split(QLatin1Char(' '), Qt::SkipEmptyParts);
    for (const QString &item : items) {
        const qsizetype colon = item.indexOf(QLatin1Char(':'));
        QString text = colon < 0 ? item : item.left(colon);
        text.replace(QLatin1Char('_'), QLatin1Char(' ')); // "De_la_Cruz" keeps its spaces
        const QString ascii = colon < 0 ? asciiSlug(text).remove(QLatin1Char('-')) : item.mid(colon + 1);
        out.push_back({text, ascii});
    }
    return out;
}

// "Maschinenbau:1 Logistik:5": the word and its industry (index into demoIndustries()).
std::vector<DemoCompanyWord> words(const char *list)
{
    std::vector<DemoCompanyWord> out;
    const QStringList items = u8(list).split(QLatin1Char(' '), Qt::SkipEmptyParts);
    for (const QString &item : items) {
        const QStringList parts = item.split(QLatin1Char(':'));
        QString text = parts.value(0);
        text.replace(QLatin1Char('_'), QLatin1Char(' '));
        const QString ascii = parts.size() > 2 ? parts.at(2) : asciiSlug(text);
        out.push_back({text, ascii, parts.value(1).toInt()});
    }
    return out;
}

struct CityRow
{
    const char *name, *region, *postal, *timeZone, *phone;
};

std::vector<DemoCity> cities(std::initializer_list<CityRow> rows)
{
    std::vector<DemoCity> out;
    for (const CityRow &row : rows)
        out.push_back({u8(row.name), u8(row.region), u8(row.postal), u8(row.timeZone), u8(row.phone)});
    return out;
}

QStringList list(const char *items)
{
    return u8(items).split(QLatin1Char('|'), Qt::SkipEmptyParts);
}

std::vector<DemoLocale> buildLocales()
{
    std::vector<DemoLocale> locales;

    DemoLocale us;
    us.country = QStringLiteral("US");
    us.weight = 24;
    us.firstNames = names("James Mary Robert Patricia John Jennifer Michael Linda David Elizabeth William Barbara "
                          "Richard Susan Joseph Jessica Thomas Sarah Christopher Karen Daniel Emily Matthew Ashley "
                          "Anthony Amanda Mark Melissa Steven Michelle Andrew Olivia Joshua Madison Brian Hannah");
    us.lastNames =
        names("Smith Johnson Williams Brown Jones Garcia Miller Davis Rodriguez Martinez Hernandez Lopez "
              "Wilson Anderson Thomas Taylor Moore Jackson Martin Lee Thompson White Harris Clark Lewis "
              "Robinson Walker Young Allen King Wright Scott Green Baker Adams Nelson Hill Campbell Mitchell "
              "Roberts Carter Phillips Evans Turner Parker Collins Edwards Stewart Morris Murphy Cook Rogers");
    us.cities = cities({{"New York", "NY", "100##", "America/New_York", "+1212%######"},
                        {"San Francisco", "CA", "941##", "America/Los_Angeles", "+1415%######"},
                        {"Chicago", "IL", "606##", "America/Chicago", "+1312%######"},
                        {"Boston", "MA", "021##", "America/New_York", "+1617%######"},
                        {"Seattle", "WA", "981##", "America/Los_Angeles", "+1206%######"},
                        {"Austin", "TX", "787##", "America/Chicago", "+1512%######"},
                        {"Denver", "CO", "802##", "America/Denver", "+1303%######"},
                        {"Atlanta", "GA", "303##", "America/New_York", "+1404%######"},
                        {"Phoenix", "AZ", "850##", "America/Phoenix", "+1602%######"}});
    us.companyStems = names("Summit Pioneer Redwood Bluewater Keystone Ironclad Brightpath Northwind Silverline "
                            "Evergreen Horizon Cascade Liberty Granite Sterling Beacon Frontier Meridian");
    us.companyWords = words("Software:0 Systems:0 Labs:0 Manufacturing:1 Health:2 Capital:3 Financial:3 Retail:4 "
                            "Logistics:5 Freight:5 Consulting:6 Partners:6 Energy:7 Solar:7 Learning:8 Media:9 "
                            "Realty:10 Wireless:11 Motors:12 Therapeutics:13 Foods:14");
    us.legalForms = list("Inc.|LLC|Corp.|Co.");
    us.topLevelDomain = QStringLiteral("com");
    us.freeMailDomains = list("gmail.com|yahoo.com|outlook.com|icloud.com|aol.com");
    us.currency = QStringLiteral("USD");
    locales.push_back(us);

    DemoLocale uk;
    uk.country = QStringLiteral("GB");
    uk.weight = 10;
    uk.firstNames = names("Oliver George Harry Jack Charlie Thomas Oscar William James Alfie Amelia Olivia Isla "
                          "Emily Poppy Ava Isabella Jessica Lily Sophie Grace Chloe Ruby Evie Freya Alice");
    uk.lastNames = names("Smith Jones Taylor Brown Williams Wilson Johnson Davies Robinson Wright Thompson Evans "
                         "Walker White Roberts Green Hall Wood Jackson Clarke Patel Khan Lewis James Hughes Edwards "
                         "Harrison Cooper Ward Morris Turner Hill Atkinson Bennett Fletcher Lloyd");
    uk.cities = cities({{"London", "England", "SW1A #@@", "Europe/London", "+44771#######"},
                        {"Manchester", "England", "M1 #@@", "Europe/London", "+44772#######"},
                        {"Birmingham", "England", "B1 #@@", "Europe/London", "+44773#######"},
                        {"Edinburgh", "Scotland", "EH1 #@@", "Europe/London", "+44774#######"},
                        {"Glasgow", "Scotland", "G1 #@@", "Europe/London", "+44775#######"},
                        {"Bristol", "England", "BS1 #@@", "Europe/London", "+44776#######"},
                        {"Cardiff", "Wales", "CF10 #@@", "Europe/London", "+44777#######"}});
    uk.companyStems = names("Albion Thames Pennine Kingsway Oakridge Highgate Whitcombe Avon Sterling Crown "
                            "Harbourside Northgate Clyde Mersey");
    uk.companyWords = words("Software:0 Digital:0 Engineering:1 Healthcare:2 Capital:3 Insurance:3 Retail:4 "
                            "Logistics:5 Consulting:6 Advisory:6 Energy:7 Academy:8 Media:9 Estates:10 Telecom:11 "
                            "Automotive:12 Pharma:13 Foods:14");
    uk.legalForms = list("Ltd|plc|LLP");
    uk.topLevelDomain = QStringLiteral("co.uk");
    uk.freeMailDomains = list("gmail.com|btinternet.com|outlook.com|yahoo.co.uk|hotmail.co.uk");
    uk.currency = QStringLiteral("GBP");
    locales.push_back(uk);

    DemoLocale de;
    de.country = QStringLiteral("DE");
    de.weight = 15;
    de.firstNames = names("Lukas Jonas Leon Finn Paul Felix Maximilian Jürgen Stefan Thomas Andreas Michael Klaus "
                          "Anna Lena Marie Sophie Laura Julia Katharina Sabine Ute Jörg Björn Sören Annika Lea "
                          "Hannah Mia Friederike Günther Özlem");
    de.lastNames = names("Müller Schmidt Schneider Fischer Weber Meyer Wagner Becker Schulz Hoffmann Schäfer Koch "
                         "Bauer Richter Klein Wolf Schröder Neumann Schwarz Zimmermann Braun Krüger Hofmann Hartmann "
                         "Lange Schmitt Werner Krause Meier Lehmann Schmid Schulze Maier Köhler Herrmann König "
                         "Walter Mayer Huber Kaiser Fuchs Peters Lang Scholz Möller Weiß Jung Hahn Vogel Groß");
    de.cities = cities({{"Berlin", "Berlin", "10###", "Europe/Berlin", "+49151########"},
                        {"München", "Bayern", "80###", "Europe/Berlin", "+49152########"},
                        {"Hamburg", "Hamburg", "20###", "Europe/Berlin", "+49160########"},
                        {"Köln", "Nordrhein-Westfalen", "50###", "Europe/Berlin", "+49170########"},
                        {"Frankfurt am Main", "Hessen", "60###", "Europe/Berlin", "+49171########"},
                        {"Stuttgart", "Baden-Württemberg", "70###", "Europe/Berlin", "+49172########"},
                        {"Leipzig", "Sachsen", "04###", "Europe/Berlin", "+49173########"},
                        {"Düsseldorf", "Nordrhein-Westfalen", "40###", "Europe/Berlin", "+49176########"},
                        {"Nürnberg", "Bayern", "90###", "Europe/Berlin", "+49157########"}});
    de.companyStems = names("Nordstern Alpen Rhein Spree Elbtal Isar Hanse Schwarzwald Bergmann Sonnenberg Eichen "
                            "Lindenhof Weserland Adler");
    de.companyWords = words("Software:0 Informatik:0 Maschinenbau:1 Werkzeugbau:1 Medizintechnik:2 Finanz:3 "
                            "Handel:4 Logistik:5 Spedition:5 Beratung:6 Consulting:6 Energie:7 Akademie:8 Medien:9 "
                            "Immobilien:10 Kommunikation:11 Fahrzeugtechnik:12 Pharma:13 Feinkost:14");
    de.legalForms = list("GmbH|AG|GmbH & Co. KG|SE");
    de.topLevelDomain = QStringLiteral("de");
    de.freeMailDomains = list("gmx.de|web.de|t-online.de|gmail.com|posteo.de");
    de.currency = QStringLiteral("EUR");
    locales.push_back(de);

    DemoLocale fr;
    fr.country = QStringLiteral("FR");
    fr.weight = 10;
    fr.firstNames = names("Jean Pierre Louis Gabriel Raphaël Arthur Hugo Théo Mathéo Nicolas Julien François "
                          "Marie Camille Léa Chloé Manon Inès Emma Jade Louise Zoé Élodie Céline Hélène Amélie "
                          "Benoît Jérôme Sébastien Anaïs");
    fr.lastNames = names("Martin Bernard Dubois Thomas Robert Richard Petit Durand Leroy Moreau Simon Laurent "
                         "Lefèvre Michel Garcia David Bertrand Roux Vincent Fournier Morel Girard André Lefebvre "
                         "Mercier Dupont Lambert Bonnet François Martinez Légaré Chevalier Gauthier Rousseau Lemaître");
    fr.cities = cities({{"Paris", "Île-de-France", "750##", "Europe/Paris", "+33612######"},
                        {"Lyon", "Auvergne-Rhône-Alpes", "6900#", "Europe/Paris", "+33645######"},
                        {"Marseille", "Provence-Alpes-Côte d'Azur", "130##", "Europe/Paris", "+33678######"},
                        {"Toulouse", "Occitanie", "310##", "Europe/Paris", "+33756######"},
                        {"Bordeaux", "Nouvelle-Aquitaine", "330##", "Europe/Paris", "+33662######"},
                        {"Lille", "Hauts-de-France", "590##", "Europe/Paris", "+33781######"},
                        {"Nantes", "Pays de la Loire", "440##", "Europe/Paris", "+33607######"}});
    fr.companyStems = names("Lumière Azur Horizon Étoile Mistral Loire Provence Atlantique Seine Vallée Château "
                            "Cèdre Aurore");
    fr.companyWords = words("Logiciels:0 Numérique:0 Industrie:1 Mécanique:1 Santé:2 Finance:3 Distribution:4 "
                            "Logistique:5 Transports:5 Conseil:6 Énergie:7 Formation:8 Médias:9 Immobilier:10 "
                            "Télécom:11 Automobile:12 Pharma:13 Gastronomie:14");
    fr.legalForms = list("SAS|SA|SARL");
    fr.topLevelDomain = QStringLiteral("fr");
    fr.freeMailDomains = list("orange.fr|free.fr|gmail.com|laposte.net|sfr.fr");
    fr.currency = QStringLiteral("EUR");
    locales.push_back(fr);

    DemoLocale es;
    es.country = QStringLiteral("ES");
    es.weight = 8;
    es.firstNames = names("Antonio José Manuel Francisco David Juan Javier Daniel Carlos Alejandro Miguel Pablo "
                          "María Carmen Ana Isabel Laura Lucía Marta Cristina Paula Sofía Elena Raquel Núria Iñigo "
                          "Begoña Ángel Jesús");
    es.lastNames = names("García Rodríguez González Fernández López Martínez Sánchez Pérez Gómez Martín Jiménez "
                         "Ruiz Hernández Díaz Moreno Muñoz Álvarez Romero Alonso Gutiérrez Navarro Torres Domínguez "
                         "Vázquez Ramos Gil Ramírez Serrano Blanco Molina Castro Ortiz Rubio Marín Sanz Iglesias "
                         "Núñez Medina Garrido Cortés");
    es.cities = cities({{"Madrid", "Comunidad de Madrid", "280##", "Europe/Madrid", "+346########"},
                        {"Barcelona", "Cataluña", "080##", "Europe/Madrid", "+346########"},
                        {"Valencia", "Comunidad Valenciana", "460##", "Europe/Madrid", "+346########"},
                        {"Sevilla", "Andalucía", "410##", "Europe/Madrid", "+346########"},
                        {"Bilbao", "País Vasco", "480##", "Europe/Madrid", "+346########"},
                        {"Málaga", "Andalucía", "290##", "Europe/Madrid", "+346########"},
                        {"Las Palmas de Gran Canaria", "Canarias", "350##", "Atlantic/Canary", "+346########"}});
    es.companyStems = names("Iberia Sol Mediterráneo Levante Cantábrico Sierra Alhambra Olivo Mar_Azul Tajo Ebro "
                            "Aurora");
    es.companyWords = words("Software:0 Tecnología:0 Industrial:1 Metalúrgica:1 Salud:2 Finanzas:3 Comercial:4 "
                            "Logística:5 Transportes:5 Consultores:6 Energía:7 Formación:8 Comunicación:9 "
                            "Inmobiliaria:10 Telecomunicaciones:11 Automoción:12 Farma:13 Alimentación:14");
    es.legalForms = list("S.L.|S.A.");
    es.topLevelDomain = QStringLiteral("es");
    es.freeMailDomains = list("gmail.com|hotmail.es|yahoo.es|telefonica.net|outlook.es");
    es.currency = QStringLiteral("EUR");
    locales.push_back(es);

    DemoLocale se;
    se.country = QStringLiteral("SE");
    se.weight = 3;
    se.firstNames = names("Erik Lars Karl Anders Johan Per Nils Oskar Lukas Elias Anna Eva Maria Karin Kristina "
                          "Lena Sara Emma Ingrid Astrid Linnéa Maja Åsa Göran Björn Märta");
    se.lastNames = names("Andersson Johansson Karlsson Nilsson Eriksson Larsson Olsson Persson Svensson "
                         "Gustafsson Pettersson Jonsson Jansson Hansson Bengtsson Jönsson Lindberg Lindström "
                         "Lindqvist Lindgren Berg Axelsson Bergström Lundberg Lundgren Mattsson Åberg Sjöberg "
                         "Ström Holm");
    se.cities = cities({{"Stockholm", "Stockholms län", "11# ##", "Europe/Stockholm", "+4670#######"},
                        {"Göteborg", "Västra Götalands län", "41# ##", "Europe/Stockholm", "+4672#######"},
                        {"Malmö", "Skåne län", "21# ##", "Europe/Stockholm", "+4673#######"},
                        {"Uppsala", "Uppsala län", "75# ##", "Europe/Stockholm", "+4676#######"}});
    se.companyStems = names("Nordljus Fjällvind Skärgård Älvdal Björkö Granskog Polstjärna Vasa Norrsken");
    se.companyWords = words("Data:0 Mjukvara:0 Verkstad:1 Hälsa:2 Finans:3 Handel:4 Logistik:5 Konsult:6 "
                            "Energi:7 Utbildning:8 Media:9 Fastigheter:10 Telekom:11 Fordon:12 Livsmedel:14");
    se.legalForms = list("AB");
    se.topLevelDomain = QStringLiteral("se");
    se.freeMailDomains = list("gmail.com|telia.com|hotmail.se|outlook.com");
    se.currency = QStringLiteral("SEK");
    locales.push_back(se);

    DemoLocale no;
    no.country = QStringLiteral("NO");
    no.weight = 2;
    no.firstNames = names("Jan Per Bjørn Ole Lars Kjell Knut Arne Svein Håkon Anne Inger Kari Marit Ingrid "
                          "Liv Eva Solveig Ragnhild Sigrid Øystein Ørjan Tuva Nora");
    no.lastNames = names("Hansen Johansen Olsen Larsen Andersen Pedersen Nilsen Kristiansen Jensen Karlsen "
                         "Johnsen Pettersen Eriksen Berg Haugen Hagen Johannessen Andreassen Jacobsen Dahl "
                         "Jørgensen Halvorsen Henriksen Lund Sørensen Strand Bakken Solberg Lie Moen");
    no.cities = cities({{"Oslo", "Oslo", "01##", "Europe/Oslo", "+4741######"},
                        {"Bergen", "Vestland", "50##", "Europe/Oslo", "+4792######"},
                        {"Trondheim", "Trøndelag", "70##", "Europe/Oslo", "+4797######"},
                        {"Stavanger", "Rogaland", "40##", "Europe/Oslo", "+4745######"}});
    no.companyStems = names("Fjord Nordkapp Vestland Polar Havblikk Trollheim Viking Midnattsol");
    no.companyWords = words("Data:0 Teknologi:0 Industri:1 Helse:2 Finans:3 Handel:4 Logistikk:5 Rådgivning:6 "
                            "Energi:7 Kraft:7 Media:9 Eiendom:10 Sjømat:14");
    no.legalForms = list("AS|ASA");
    no.topLevelDomain = QStringLiteral("no");
    no.freeMailDomains = list("gmail.com|online.no|hotmail.com");
    no.currency = QStringLiteral("NOK");
    locales.push_back(no);

    DemoLocale dk;
    dk.country = QStringLiteral("DK");
    dk.weight = 2;
    dk.firstNames = names("Peter Jens Lars Michael Henrik Søren Niels Anders Mads Rasmus Anne Kirsten Hanne Mette "
                          "Susanne Lene Maria Camilla Freja Ida Signe Aske Asger");
    dk.lastNames = names("Nielsen Jensen Hansen Pedersen Andersen Christensen Larsen Sørensen Rasmussen "
                         "Jørgensen Petersen Madsen Kristensen Olsen Thomsen Christiansen Poulsen Johansen Møller "
                         "Mortensen Knudsen Mikkelsen Frederiksen Østergaard");
    dk.cities = cities({{"København", "Region Hovedstaden", "1###", "Europe/Copenhagen", "+4520######"},
                        {"Aarhus", "Region Midtjylland", "8###", "Europe/Copenhagen", "+4530######"},
                        {"Odense", "Region Syddanmark", "5###", "Europe/Copenhagen", "+4540######"}});
    dk.companyStems = names("Øresund Nordlys Skagen Kronborg Bølge Lysholt Hvidsand");
    dk.companyWords = words("Software:0 Data:0 Maskinfabrik:1 Sundhed:2 Finans:3 Handel:4 Logistik:5 "
                            "Rådgivning:6 Energi:7 Vind:7 Medier:9 Ejendomme:10 Fødevarer:14 Pharma:13");
    dk.legalForms = list("A/S|ApS");
    dk.topLevelDomain = QStringLiteral("dk");
    dk.freeMailDomains = list("gmail.com|hotmail.dk|jubii.dk");
    dk.currency = QStringLiteral("DKK");
    locales.push_back(dk);

    DemoLocale fi;
    fi.country = QStringLiteral("FI");
    fi.weight = 2;
    fi.firstNames = names("Juhani Mikael Johannes Olavi Antero Matti Timo Jukka Mikko Ville Maria Helena Johanna "
                          "Anneli Kaarina Liisa Aino Sanna Päivi Tiina Väinö Eero");
    fi.lastNames = names("Korhonen Virtanen Mäkinen Nieminen Mäkelä Hämäläinen Laine Heikkinen Koskinen "
                         "Järvinen Lehtonen Lehtinen Saarinen Salminen Heinonen Niemi Heikkilä Kinnunen Salonen "
                         "Turunen Salo Laitinen Tuominen Rantanen");
    fi.cities = cities({{"Helsinki", "Uusimaa", "00###", "Europe/Helsinki", "+35840#######"},
                        {"Tampere", "Pirkanmaa", "33###", "Europe/Helsinki", "+35850#######"},
                        {"Turku", "Varsinais-Suomi", "20###", "Europe/Helsinki", "+35844#######"},
                        {"Oulu", "Pohjois-Pohjanmaa", "90###", "Europe/Helsinki", "+35845#######"}});
    fi.companyStems = names("Revontuli Saimaa Lappi Kaleva Aalto Tunturi Sampo Kuusi");
    fi.companyWords = words("Ohjelmistot:0 Data:0 Konepaja:1 Terveys:2 Rahoitus:3 Kauppa:4 Logistiikka:5 "
                            "Konsultointi:6 Energia:7 Koulutus:8 Media:9 Kiinteistöt:10 Elintarvike:14");
    fi.legalForms = list("Oy|Oyj");
    fi.topLevelDomain = QStringLiteral("fi");
    fi.freeMailDomains = list("gmail.com|kolumbus.fi|outlook.com");
    fi.currency = QStringLiteral("EUR");
    locales.push_back(fi);

    DemoLocale in;
    in.country = QStringLiteral("IN");
    in.weight = 10;
    in.firstNames = names("Aarav Vihaan Aditya Arjun Sai Reyansh Krishna Ishaan Rohan Rahul Amit Vikram Sanjay "
                          "Ananya Diya Priya Aadhya Saanvi Kavya Pooja Neha Sneha Divya Lakshmi Meera Anjali Deepak "
                          "Suresh Venkat Karthik");
    in.lastNames = names("Sharma Verma Gupta Singh Kumar Patel Shah Mehta Reddy Rao Nair Iyer Menon Pillai Das "
                         "Chatterjee Banerjee Mukherjee Bose Joshi Kulkarni Deshpande Jain Agarwal Malhotra Kapoor "
                         "Chopra Bhat Naidu Krishnan Subramanian Venkatesan");
    in.cities = cities({{"Bengaluru", "Karnataka", "5600##", "Asia/Kolkata", "+9198########"},
                        {"Mumbai", "Maharashtra", "4000##", "Asia/Kolkata", "+9198########"},
                        {"New Delhi", "Delhi", "1100##", "Asia/Kolkata", "+9199########"},
                        {"Hyderabad", "Telangana", "5000##", "Asia/Kolkata", "+9199########"},
                        {"Chennai", "Tamil Nadu", "6000##", "Asia/Kolkata", "+9194########"},
                        {"Pune", "Maharashtra", "4110##", "Asia/Kolkata", "+9197########"}});
    in.companyStems = names("Infinity Lotus Ganga Himalaya Sahyadri Kaveri Indus Deccan Surya Vajra Trishul "
                            "Navratna");
    in.companyWords = words("Technologies:0 Infotech:0 Software:0 Engineering:1 Healthcare:2 Finserv:3 Retail:4 "
                            "Logistics:5 Consultancy:6 Power:7 Edutech:8 Media:9 Realty:10 Telecom:11 Auto:12 "
                            "Pharma:13 Foods:14 Textiles:1");
    in.legalForms = list("Pvt. Ltd.|Ltd.|LLP");
    in.topLevelDomain = QStringLiteral("in");
    in.freeMailDomains = list("gmail.com|yahoo.co.in|rediffmail.com|outlook.com");
    in.currency = QStringLiteral("INR");
    locales.push_back(in);

    DemoLocale jp;
    jp.country = QStringLiteral("JP");
    jp.weight = 8;
    jp.firstNames = names("太郎:taro 花子:hanako 健:ken 翔太:shota 陽菜:hina 結衣:yui 大輝:daiki 美咲:misaki "
                          "蓮:ren さくら:sakura 悠真:yuma 葵:aoi 拓也:takuya 愛:ai 直樹:naoki 由美:yumi 大翔:hiroto "
                          "陽斗:haruto 芽依:mei 奈々:nana 誠:makoto 恵:megumi");
    jp.lastNames = names("佐藤:sato 鈴木:suzuki 高橋:takahashi 田中:tanaka 伊藤:ito 渡辺:watanabe 山本:yamamoto "
                         "中村:nakamura 小林:kobayashi 加藤:kato 吉田:yoshida 山田:yamada 佐々木:sasaki "
                         "松本:matsumoto 井上:inoue 木村:kimura 林:hayashi 清水:shimizu 山崎:yamazaki 森:mori "
                         "池田:ikeda 橋本:hashimoto 阿部:abe 石川:ishikawa 前田:maeda");
    jp.cities = cities({{"東京", "東京都", "100-####", "Asia/Tokyo", "+8190%#######"},
                        {"大阪", "大阪府", "530-####", "Asia/Tokyo", "+8180%#######"},
                        {"横浜", "神奈川県", "220-####", "Asia/Tokyo", "+8170%#######"},
                        {"名古屋", "愛知県", "450-####", "Asia/Tokyo", "+8190%#######"},
                        {"福岡", "福岡県", "810-####", "Asia/Tokyo", "+8180%#######"},
                        {"札幌", "北海道", "060-####", "Asia/Tokyo", "+8190%#######"}});
    jp.companyStems = names("富士:fuji 東和:towa 大和:yamato 三和:sanwa 光:hikari 青葉:aoba 桜:sakura 日進:nisshin "
                            "北斗:hokuto 瑞穂:mizuho");
    jp.companyWords = words("システム:0:system ソフト:0:soft 精工:1:seiko 電機:1:denki 医療:2:iryo 証券:3:shoken "
                            "商事:4:shoji 物流:5:butsuryu 総研:6:soken エネルギー:7:energy 教育:8:kyoiku "
                            "メディア:9:media 不動産:10:fudosan 通信:11:tsushin 自動車:12:jidosha 製薬:13:seiyaku "
                            "食品:14:shokuhin");
    jp.legalForms = list("株式会社|合同会社");
    jp.nameWithoutSpaces = true;
    jp.topLevelDomain = QStringLiteral("co.jp");
    jp.freeMailDomains = list("gmail.com|yahoo.co.jp|docomo.ne.jp|icloud.com");
    jp.currency = QStringLiteral("JPY");
    locales.push_back(jp);

    DemoLocale it;
    it.country = QStringLiteral("IT");
    it.weight = 4;
    it.firstNames = names("Giuseppe Giovanni Antonio Mario Luca Marco Francesco Alessandro Andrea Matteo Lorenzo "
                          "Maria Anna Giulia Francesca Chiara Sara Martina Sofia Aurora Elena Nicolò");
    it.lastNames = names("Rossi Russo Ferrari Esposito Bianchi Romano Colombo Ricci Marino Greco Bruno Gallo "
                         "Conti De_Luca Mancini Costa Giordano Rizzo Lombardi Moretti Barbieri Fontana Santoro "
                         "Mariani Rinaldi Caruso");
    it.cities = cities({{"Milano", "Lombardia", "201##", "Europe/Rome", "+39347#######"},
                        {"Roma", "Lazio", "001##", "Europe/Rome", "+39333#######"},
                        {"Torino", "Piemonte", "101##", "Europe/Rome", "+39338#######"},
                        {"Napoli", "Campania", "801##", "Europe/Rome", "+39320#######"},
                        {"Bologna", "Emilia-Romagna", "401##", "Europe/Rome", "+39349#######"}});
    it.companyStems = names("Aurora Dolomiti Vesuvio Laguna Toscana Adriatica Stella Olimpo Arno");
    it.companyWords = words("Software:0 Informatica:0 Meccanica:1 Sanità:2 Finanza:3 Commerciale:4 "
                            "Logistica:5 Consulenze:6 Energia:7 Formazione:8 Comunicazione:9 Immobiliare:10 "
                            "Automotive:12 Farmaceutica:13 Alimentari:14");
    it.legalForms = list("S.p.A.|S.r.l.");
    it.topLevelDomain = QStringLiteral("it");
    it.freeMailDomains = list("gmail.com|libero.it|virgilio.it|tiscali.it");
    it.currency = QStringLiteral("EUR");
    locales.push_back(it);

    DemoLocale nl;
    nl.country = QStringLiteral("NL");
    nl.weight = 4;
    nl.firstNames = names("Daan Sem Lucas Levi Bram Thijs Jeroen Pieter Joris Maarten Emma Julia Sophie Fleur "
                          "Anouk Sanne Lotte Femke Marieke Inge Eline Noor");
    nl.lastNames = names("De_Jong Jansen De_Vries Van_den_Berg Van_Dijk Bakker Janssen Visser Smit Meijer De_Boer "
                         "Mulder De_Groot Bos Vos Peters Hendriks Van_Leeuwen Dekker Brouwer De_Wit Dijkstra "
                         "Smits De_Graaf Van_der_Meer");
    nl.cities = cities({{"Amsterdam", "Noord-Holland", "10## @@", "Europe/Amsterdam", "+3161#######"},
                        {"Rotterdam", "Zuid-Holland", "30## @@", "Europe/Amsterdam", "+3162#######"},
                        {"Utrecht", "Utrecht", "35## @@", "Europe/Amsterdam", "+3164#######"},
                        {"Eindhoven", "Noord-Brabant", "56## @@", "Europe/Amsterdam", "+3165#######"}});
    nl.companyStems = names("Oranje Delta Polder Noordzee Tulp Molenwiek Zilvermeer Dijkstroom");
    nl.companyWords = words("Software:0 Techniek:1 Zorg:2 Financiën:3 Handel:4 Logistiek:5 Advies:6 Energie:7 "
                            "Opleidingen:8 Media:9 Vastgoed:10 Telecom:11 Voeding:14");
    nl.legalForms = list("B.V.|N.V.");
    nl.topLevelDomain = QStringLiteral("nl");
    nl.freeMailDomains = list("gmail.com|ziggo.nl|kpnmail.nl|hotmail.nl");
    nl.currency = QStringLiteral("EUR");
    locales.push_back(nl);

    return locales;
}

} // namespace

const std::vector<DemoLocale> &demoLocales()
{
    static const std::vector<DemoLocale> locales = buildLocales();
    return locales;
}

const QStringList &demoIndustries()
{
    static const QStringList industries =
        list("Software|Manufacturing|Healthcare|Financial services|Retail|Logistics|Consulting|Energy|Education|"
             "Media|Real estate|Telecommunications|Automotive|Pharmaceuticals|Food and beverage");
    return industries;
}

const QStringList &demoTitles()
{
    static const QStringList titles =
        list("Chief Executive Officer|Chief Technology Officer|Chief Financial Officer|Chief Marketing Officer|"
             "Managing Director|VP Sales|VP Engineering|Head of Marketing|Head of Procurement|Head of IT|"
             "Sales Manager|Account Executive|Marketing Manager|Product Manager|Project Manager|Office Manager|"
             "Software Engineer|Data Analyst|Operations Manager|Purchasing Manager|HR Manager|Customer Success Manager|"
             "Business Development Manager|IT Administrator|Consultant|Founder|Team Lead|Controller");
    return titles;
}

const QStringList &demoTags()
{
    static const QStringList tags =
        list("VIP|Newsletter|Trade fair 2026|Partner|Webinar attendee|Churn risk|Decision maker|Key account|"
             "Referral|Beta tester");
    return tags;
}

QString asciiSlug(const QString &text)
{
    QString out;
    out.reserve(text.size() + 4);
    bool pendingDash = false;
    for (const QChar c : text) {
        QString piece;
        switch (c.unicode()) {
        case 0x00e4:
        case 0x00c4:
            piece = QStringLiteral("ae");
            break; // ä
        case 0x00f6:
        case 0x00d6:
            piece = QStringLiteral("oe");
            break; // ö
        case 0x00fc:
        case 0x00dc:
            piece = QStringLiteral("ue");
            break; // ü
        case 0x00df:
            piece = QStringLiteral("ss");
            break; // ß
        case 0x00e6:
        case 0x00c6:
            piece = QStringLiteral("ae");
            break; // æ
        case 0x00f8:
        case 0x00d8:
            piece = QStringLiteral("o");
            break; // ø
        case 0x00e5:
        case 0x00c5:
            piece = QStringLiteral("a");
            break; // å
        case 0x0131:
            piece = QStringLiteral("i");
            break; // ı
        default: {
            const QString decomposed = QString(c).normalized(QString::NormalizationForm_KD);
            for (const QChar d : decomposed)
                if (d.unicode() < 128 && d.isLetterOrNumber())
                    piece += d.toLower();
        }
        }
        if (piece.isEmpty()) {
            pendingDash = !out.isEmpty();
            continue;
        }
        if (pendingDash)
            out += QLatin1Char('-');
        pendingDash = false;
        out += piece.toLower();
    }
    return out;
}

} // namespace Leadline::Demo
