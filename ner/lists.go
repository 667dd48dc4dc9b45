package ner

// Short hand-written lists that the shared data does not hold. They are
// features, not rules: the model learns how far to trust each.

// orgWords end or head organisation names.
var orgWords = `Ministry Department Party Council Committee Commission Agency Authority
Bureau Office Inc Inc. Corp Corp. Corporation Co Co. Ltd Ltd. LLC PLC plc Company Group Holdings
Bank University College Institute Institution School Academy Foundation Association Society
Union League Federation Confederation Organization Organisation Alliance Coalition Front
Movement Army Navy Force Forces Guard Police Court Tribunal Parliament Congress Senate Assembly
Cabinet Government Administration Church Hospital Clinic Club Team Times Post News Press
Journal Herald Tribune Gazette Telegraph Network Broadcasting Television Radio Airlines Airways
Railways Motors Industries Technologies Systems Services Partners Enterprises Energy Petroleum
Oil Gas Pharmaceuticals Trust Fund Exchange Board Center Centre Museum Library Brigade
Battalion Regiment Corps Division Command Secretariat Directorate Service Services Embassy
Consulate Mission Programme Program Council Chamber Commonwealth Nations`

// titles stand before a person's name.
var titles = `Mr Mr. Mrs Mrs. Ms Ms. Miss Dr Dr. Prof Prof. Sir Dame Lord Lady President
Vice Premier Prime Minister Chancellor Secretary Senator Sen. Sen Rep. Representative Gov.
Governor Mayor Judge Justice General Gen. Gen Lt. Col. Colonel Major Maj. Capt. Captain
Admiral Adm. Sgt. Sergeant Commander Marshal King Queen Prince Princess Emperor Sheikh Shaikh
Emir Sultan Ayatollah Imam Mullah Pope Cardinal Bishop Archbishop Rabbi Rev. Reverend Father
Saint St. Chairman Chairwoman Chief Director Ambassador Envoy Spokesman Spokeswoman Spokesperson
Leader Speaker Deputy Commissioner Chancellor Foreign Defence Defense Interior Finance
Attorney Dictator Officer Minister Ministers Presidents`

// firstNames are common given names, English and of world politics; the
// training data adds the ones it sees.
var firstNames = `James John Robert Michael William David Richard Joseph Thomas Charles
Christopher Daniel Matthew Anthony Mark Donald Steven Paul Andrew Joshua Kenneth Kevin Brian
George Timothy Ronald Edward Jason Jeffrey Ryan Jacob Gary Nicholas Eric Jonathan Stephen Larry
Justin Scott Brandon Benjamin Samuel Gregory Alexander Frank Patrick Raymond Jack Dennis Jerry
Tyler Aaron Jose Adam Nathan Henry Douglas Zachary Peter Kyle Walter Ethan Jeremy Harold Keith
Christian Roger Noah Gerald Carl Terry Sean Austin Arthur Lawrence Jesse Dylan Bryan Joe Jordan
Billy Bruce Albert Willie Gabriel Logan Alan Juan Wayne Roy Ralph Randy Eugene Vincent Russell
Elijah Louis Bobby Philip Johnny Bill Bob Tom Tony Jim Mike Dave Steve Chris Ted Barack Hillary
Vladimir Xi Recep Angela Emmanuel Boris Theresa Tony Gordon Nicolas Francois Jacques Gerhard
Helmut Silvio Mario Giorgia Olaf Narendra Imran Nawaz Benjamin Ehud Ariel Yitzhak Shimon Mahmoud
Yasser Hassan Bashar Hafez Saddam Hosni Muammar Kim Shinzo Fumio Yoshihide Moon Park Jair Luiz
Cristina Mauricio Javier Alberto Hugo Fidel Raul Evo Rafael Andres Manuel Justin Stephen Jean
Jacinda Scott Malcolm Kevin Julia Cyril Jacob Nelson Thabo Robert Emmerson Uhuru William Paul
Abiy Muhammadu Goodluck Olusegun Volodymyr Petro Viktor Alexei Sergei Sergey Dmitry Mikhail
Nikita Leonid Joseph Kamala Mitt Ron Nancy Mitch Chuck Bernie Elizabeth Pete Amy Hunter Ivanka
Jared Mary Patricia Jennifer Linda Barbara Susan Jessica Sarah Karen Lisa Nancy Betty Margaret
Sandra Ashley Kimberly Emily Donna Michelle Carol Amanda Dorothy Melissa Deborah Stephanie Rebecca
Sharon Laura Cynthia Kathleen Amy Angela Shirley Anna Brenda Pamela Emma Nicole Helen Samantha
Katherine Christine Debra Rachel Carolyn Janet Catherine Maria Heather Diane Ruth Julie Olivia
Joyce Virginia Victoria Kelly Lauren Christina Joan Evelyn Judith Megan Andrea Cheryl Hannah
Jacqueline Martha Gloria Teresa Ann Sara Madison Frances Kathryn Janice Jean Abigail Alice Judy
Sophia Grace Denise Amber Doris Marilyn Danielle Beverly Isabella Theresa Diana Natalie Brittany
Charlotte Marie Kayla Alexis Lori Ali Mohammed Muhammad Mohamed Ahmed Ahmad Omar Abdullah Hamid
Hamid Khalid Osama Ayman Hamas Ismail Yusuf Ibrahim Mustafa Nouri Haider Moqtada Jalal Masoud
Abu Abdul Amir Ali Hussein Hasan Karim Rahul Sonia Manmohan Indira Rajiv Atal Shinzo Junichiro
Lee Wang Li Zhang Liu Chen Hu Wen Jiang Deng Mao`

// orgNames are organisations that news and web text name often, one per
// line.
var orgNames = `United Nations
UN
U.N.
UNESCO
UNICEF
UNHCR
Security Council
General Assembly
NATO
European Union
EU
European Commission
European Parliament
European Central Bank
ECB
African Union
Arab League
ASEAN
OPEC
G7
G20
BRICS
World Bank
International Monetary Fund
IMF
World Trade Organization
WTO
World Health Organization
World Health Organisation
WHO
Red Cross
Red Crescent
Amnesty International
Human Rights Watch
Greenpeace
International Criminal Court
ICC
Interpol
Europol
IAEA
Hamas
Hezbollah
Fatah
Taliban
al-Qaeda
al Qaeda
Al Qaeda
Islamic State
ISIS
ISIL
Muslim Brotherhood
Houthis
PLO
IRA
FARC
Kremlin
Pentagon
White House
Congress
Senate
House of Representatives
Supreme Court
State Department
Justice Department
Defense Department
Treasury
Federal Reserve
Fed
FBI
CIA
NSA
NASA
FDA
EPA
IRS
SEC
FEMA
DHS
ICE
Democratic Party
Republican Party
Democrats
Republicans
GOP
Labour
Labour Party
Conservative Party
Tories
Liberal Democrats
Bundestag
Knesset
Duma
Mossad
Shin Bet
KGB
FSB
MI5
MI6
Scotland Yard
Downing Street
Elysee
Reuters
Associated Press
AP
AFP
Agence France-Presse
BBC
CNN
Fox News
MSNBC
NBC
CBS
ABC
NPR
PBS
Al Jazeera
New York Times
Washington Post
Wall Street Journal
Financial Times
The Guardian
Guardian
The Times
The Economist
Bloomberg
Newsweek
Time
Politico
Xinhua
TASS
RIA Novosti
Interfax
Google
Microsoft
Apple
Amazon
Facebook
Meta
Twitter
Instagram
YouTube
Yahoo
IBM
Intel
Oracle
Samsung
Sony
Toyota
Honda
Ford
General Motors
GM
Chrysler
Volkswagen
BMW
Tesla
Boeing
Airbus
Lockheed Martin
Exxon
ExxonMobil
Chevron
Shell
BP
Gazprom
Rosneft
Aramco
Walmart
Wal-Mart
Target
Starbucks
McDonald's
Coca-Cola
Pepsi
PepsiCo
Nike
Disney
Netflix
Uber
Huawei
Alibaba
Tencent
Goldman Sachs
JPMorgan
Morgan Stanley
Citigroup
Citibank
Bank of America
Wells Fargo
HSBC
Barclays
Deutsche Bank
UBS
Credit Suisse
Enron
AT&T
Verizon
Comcast
Dell
HP
Hewlett-Packard
Cisco
Nokia
Ericsson
Siemens
Nestle
Unilever
Pfizer
Moderna
AstraZeneca
Johnson & Johnson
Harvard
Harvard University
Yale
Stanford
MIT
Oxford
Cambridge
Princeton
Columbia University
Army
Navy
Air Force
Marines
Marine Corps
National Guard
Coast Guard
Hamas
Mujahideen
Sinn Fein
ANC
PKK
Likud
Kadima
Baath Party
Baath
Revolutionary Guards
Wikipedia
Wikinews
Olympics
FIFA
IOC
NFL
NBA
MLB
NHL`

// stateAbbrevs are the postal codes of US states and Canadian provinces,
// matched only in capitals: "IN" and "ME" are states, "in" and "me" not.
var stateAbbrevs = `AL AK AZ AR CA CO CT DE FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT
NE NV NH NJ NM NY NC ND OH OK OR PA RI SC SD TN TX UT VT VA WA WV WI WY DC ON QC BC
Ala. Ariz. Ark. Calif. Colo. Conn. Del. Fla. Ga. Ill. Ind. Kan. Ky. La. Md. Mass. Mich. Minn.
Miss. Mo. Mont. Neb. Nev. Okla. Ore. Pa. Tenn. Tex. Va. Vt. Wash. Wis. Wyo.`
