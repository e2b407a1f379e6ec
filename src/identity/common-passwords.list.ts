/**
 * Common passwords, written out for Duration from the usual leaked-password rankings: the most
 * frequent choices, keyboard walks, years and seasons, names, teams, pets, and Portuguese/Spanish
 * favourites for our first users. Lower case, whitespace separated. The policy also strips trailing
 * digits and symbols and undoes l33t spelling before looking a password up, so `Password2024!` is
 * caught through `password`. 1945 entries; no network is needed to check a password.
 */
export const COMMON_PASSWORDS_TEXT = `
123456 password 12345678 qwerty 123456789 12345 1234 111111 1234567 dragon 123123 baseball abc123 football
monkey letmein 696969 shadow master 666666 qwertyuiop 123321 mustang 1234567890 michael 654321 pussy superman
1qaz2wsx 7777777 fuckyou 121212 000000 qazwsx 123qwe killer trustno1 jordan jennifer zxcvbnm asdfgh hunter
buster soccer harley batman andrew tigger sunshine iloveyou fuckme 2000 charlie robert thomas hockey ranger
daniel starwars klaster 112233 george asshole computer michelle jessica pepper 1111 zxcvbn 555555 11111111
131313 freedom 777777 pass fuck maggie 159753 aaaaaa ginger princess joshua cheese amanda summer love ashley
6969 nicole chelsea biteme matthew access yankees 987654321 dallas austin thunder taylor matrix william
corvette hello martin heather secret fucker merlin diamond 1234qwer gfhjkm hammer silver 222222 88888888
anthony justin test bailey q1w2e3r4t5 patrick internet scooter orange 11111 golfer cookie richard samantha
bigdog guitar jackson whatever mickey chicken sparky snoopy maverick phoenix camaro sexy peanut morgan welcome
falcon cowboy ferrari samsung andrea smokey steelers joseph mercedes dakota arsenal eagles melissa boomer
booboo spider nascar monster tigers yellow xxxxxx 123123123 gateway marina diablo bulldog qwer1234 compaq
purple hardcore banana junior hannah 123654 porsche lakers iceman money cowboys 987654 london tennis 999999
ncc1701 coffee scooby 0000 miller boston q1w2e3r4 fuckoff brandon yamaha chester mother forever johnny edward
333333 oliver redsox player nikita knight fender barney midnight please brandy chicago badboy iwantu slayer
rangers charles angel flower bigdaddy rabbit wizard bigdick jasper enter rachel chris steven winner adidas
victoria natasha 1q2w3e4r jasmine winter prince panties marine ghbdtn fishing cocacola casper james 232323
raiders 888888 marlboro gandalf asdfasdf crystal 87654321 12344321 sexsex golden blowme bigtits 8675309
panther lauren angela bitch spanky thx1138 angels madison winston shannon mike toyota blowjob jordan23 canada
sophie apples dick tiger razz 123abc pokemon qazxsw 55555 qwaszx muffin johnson murphy cooper jonathan
liverpoo david danielle 159357 jackie 1990 123456a 789456 turtle horny abcd1234 scorpion qazwsxedc 101010
butter carlos password1 dennis slipknot qwerty123 booger asdf 1991 black startrek 12341234 cameron newyork
rainbow nathan john 1992 rocket viking redskins butthead asdfghjkl 1212 sierra peaches gemini doctor wilson
sandra helpme qwertyui victor florida dolphin pookie captain tucker blue liverpool theman bandit dolphins
maddog packers jaguar lovers nicholas united tiffany maxwell zzzzzz nirvana jeremy suckit stupid porn monica
elephant giants jackass hotdog rosebud success debbie mountain 444444 xxxxxxxx warrior 1q2w3e4r5t q1w2e3
123456q albert metallic lucky azerty 7777 shithead alex bond007 alexis 1111111 samson 5150 willie scorpio
bonnie gators benjamin voodoo driver dexter 2112 jason calvin freddy 212121 creative 12345a sydney rush2112
1989 asdfghjk red123 bubba 4815162342 passw0rd trouble gunner happy fucking gordon legend jessie stella qwert
eminem arthur apple nissan bullshit bear america 1qazxsw2 nothing parker 4444 rebecca qweqwe garfield 01012011
beavis 69696969 jack asdasd december 2222 102030 252525 11223344 magic apollo skippy 315475 girls kitten golf
copper braves shelby godzilla beaver fred tomcat august buddy airborne 1993 1988 lifehack qqqqqq brooklyn
animal platinum phantom online xavier darkness blink182 power fish green 789456123 voyager police travis
12qwaszx heaven snowball lover abcdef 00000 pakistan 007007 walter playboy blazer cricket sniper hooters
donkey willow loveme saturn therock redwings bigboy pumpkin trinity williams tits nintendo digital destiny
topgun runner marvin guinness chance bubbles testing fire november minecraft asdf1234 lasvegas sergey broncos
cartman private celtic birdie little cassie babygirl donald beatles 1313 dickhead family 12121212 school
louise gabriel eclipse fluffy 147258369 lol123 explorer beer nelson flyers spencer scott lovely gibson doggie
cherry andrey snickers buffalo pantera metallica member carter qwertyu peter alexande steve bronco paradise
goober 5555 samuel montana mexico dreams michigan cock carolina friends magnum surfer maximus genius cool
vampire lacrosse asd123 aaaa christin kimberly speedy sharon carmen 111222 kristina sammy racing ou812 sabrina
horses 0987654321 qwerty1 pimpin baby stalker enigma 147147 star poohbear boobies 147258 simple bollocks
12345q marcus brian 1987 qweasdzxc drowssap hahaha caroline barbara dave viper drummer action einstein bitches
genesis hello1 scotty friend forest 010203 hotrod google vanessa spitfire badger maryjane friday alaska
1232323q tester jester jake champion floyd alexandr quality admin administrator root toor changeme default
guest user login welcome1 letmein1 passpass password12 password123 password1234 passwordpassword pa55word
p4ssw0rd p455w0rd passwd pwd12345 mypassword mypass secret123 secretpassword supersecret topsecret iloveyou1
iloveu loveyou iloveyou2 babygirl1 sunshine1 princess1 monkey1 dragon1 shadow1 master1 football1 baseball1
superman1 batman1 michael1 jordan1 charlie1 jessica1 ashley1 daniel1 qwerty12 qwerty1234 qwertyuiop1
qwertyuiopasdf qwertyuiopasdfghjkl zxcvbnmasdfghjkl 1qaz2wsx3edc zaq12wsx zaq1zaq1 zaq12wsxcde3 qazwsxedcrfv
1q2w3e4r5t6y q1w2e3r4t5y6 123qweasd 123qweasdzxc qweasd qweasd123 asdzxc zxc123 zxcasdqwe abc12345 abcd123
abcde12345 abcdefg abcdefgh abcdefghi abcdefghij abcdefghijkl abcabc abcabcabc abc123abc 1a2b3c 1a2b3c4d
a1b2c3 a1b2c3d4 aa123456 asdf123 asdfg asdfghj qwe123 qwe123qwe 1qw23e 1q2w3e 1q2w3e4r5t6y7u 12qw34er 123asd
123zxc 321321 123654789 147852 147852369 159951 963852 741852963 852456 456123 456789 987456 0123456789
01234567 12345678910 123456789012 1234567890123 111111111111 000000000000 123123123123 1122334455 121314
123321123 987654321987 9876543210 11112222 12131415 123454321 1234554321 666 69 777 888 999 1234512345
123456123456 010101 020202 030303 112211 11221122 121121 131415 141414 151515 161616 171717 181818 191919
202020 303030 313131 321654 369369 456456 474747 505050 545454 616161 696969696 789789 852852 919191 987987
999999999 password2 password3 password7 password11 password01 password99 password2020 password2021
password2022 password2023 password2024 password2025 password2026 summer2020 summer2021 summer2022 summer2023
summer2024 summer2025 winter2020 winter2021 winter2022 winter2023 winter2024 winter2025 spring2023 spring2024
spring2025 autumn2023 autumn2024 fall2023 fall2024 january february march april may june july september
october monday tuesday wednesday thursday friday1 saturday sunday weekend holiday vacation christmas easter
halloween newyear birthday valentine freedom1 liberty justice peace heaven1 hell hellokitty helloworld
hello123 hellohello goodbye goodluck goodgirl goodboy badgirl sweet sweetie sweetheart sweetpea honey honeybee
sugar candy cupcake chocolate vanilla strawberry blueberry cherry1 lemon lime mango pineapple coconut banana1
apple1 orange1 kiwi peach watermelon grape pizza burger hamburger cheeseburger pasta spaghetti taco burrito
sushi bacon cookie1 cookies biscuit pancake waffle donut popcorn peanutbutter jellybean marshmallow icecream
milkshake coffee1 espresso tea whiskey vodka tequila beer1 wine champagne bourbon jackdaniels heineken
budweiser corona guinness1 smirnoff bacardi captain1 jameson absolut kitty kitten1 puppy doggy doggie1 dog cat
cats dogs catdog puppies pussycat tiger1 lion lioness leopard cheetah jaguar1 panther1 wolf wolves fox foxy
bear1 bears teddybear teddy panda koala monkey12 gorilla zebra giraffe elephant1 hippo rhino horse horse1 pony
unicorn dragonfly butterfly ladybug bumblebee spider1 snake python cobra viper1 turtle1 dolphin1 shark whale
penguin eagle eagle1 falcon1 hawk raven crow owl parrot chicken1 duck goose swan rabbit1 bunny hamster mouse
rat squirrel raccoon beaver1 moose deer bambi buddy1 max maximus1 bella lucy daisy molly sadie maggie1 sophie1
chloe lola zoe rocky duke bear12 jack1 oscar toby riley buster1 charlie2 coco ginger1 lucky1 pepper1 shadow12
smokey1 spike sparky1 princess12 angel1 angel123 angels1 angelina angelica jesus jesus1 jesuschrist christ god
god123 godisgood lord faith hope grace blessed blessing praise trinity1 holy amen bible church heaven12
miracle spirit soul destiny1 karma zen yoga namaste universe galaxy cosmos planet earth mars jupiter saturn1
venus mercury pluto neptune moon sun sunny sunflower rose roses lily tulip daisy1 orchid violet jasmine1 iris
poppy flower1 flowers garden nature forest1 river ocean sea beach island mountain1 summit sky skyline rainbow1
thunder1 lightning storm tornado hurricane blizzard snow snowflake ice fire1 fireball firefly flame phoenix1
dragon12 dragons dragonball naruto sasuke goku vegeta pikachu pokemon1 charizard mario luigi zelda link sonic
tetris pacman donkeykong minecraft1 fortnite roblox halo callofduty warcraft starcraft diablo2 overwatch
counterstrike battlefield gta grandtheftauto skyrim fallout witcher darksouls eldenring playstation xbox
xbox360 nintendo1 gameboy gamer gaming player1 noob pwned hacker hack hacked h4x0r l33t leet elite matrix1 neo
morpheus trinity2 hacker1 anonymous cyber security secure security1 firewall network server computer1 laptop
desktop windows windows10 microsoft apple12 macintosh iphone android samsung1 nokia motorola sony panasonic
toshiba dell lenovo asus acer intel amd nvidia linux ubuntu debian redhat fedora unix oracle mysql postgres
database sql java javascript python1 ruby perl php html csharp golang rust kotlin swift docker kubernetes
github gitlab google1 facebook twitter instagram youtube tiktok snapchat whatsapp skype linkedin reddit amazon
netflix spotify yahoo hotmail gmail outlook email internet1 website online1 cyberspace superman12 spiderman
batman12 ironman hulk thor captainamerica avengers marvel dccomics wonderwoman flash aquaman joker harleyquinn
deadpool wolverine xmen starwars1 jedi sith yoda skywalker darthvader vader chewbacca r2d2 c3po startrek1
spock kirk enterprise hobbit frodo gandalf1 aragorn legolas sauron mordor harrypotter hogwarts hermione
dumbledore voldemort gryffindor slytherin matrix2 terminator predator alien rambo rocky1 scarface godfather
gangster titanic avatar inception gladiator braveheart shrek simpsons homer bart futurama southpark familyguy
friends1 seinfeld sopranos breakingbad heisenberg gameofthrones winterfell khaleesi westeros football12
soccer1 baseball12 basketball hockey1 tennis1 golf1 boxing wrestling karate judo ninja samurai warrior1
gladiator1 spartan viking1 knight1 soldier army navy marines airforce sniper1 ranger1 commando rebel chelsea1
arsenal1 liverpool1 manchester manutd manunited manchesterunited mancity tottenham everton barcelona
realmadrid juventus milan inter bayern dortmund psg ajax benfica porto flamengo corinthians palmeiras santos
saopaulo gremio cruzeiro vasco botafogo fluminense internacional boca river1 messi ronaldo cristiano neymar
pele maradona zidane beckham rooney jordan12 jordan23a lebron kobe shaq tigerwoods federer nadal djokovic
yankees1 redsox1 cubs dodgers lakers1 celtics1 bulls knicks heat warriors cowboys1 patriots steelers1 packers1
eagles12 giants1 jets raiders1 broncos1 chiefs seahawks 49ers niners ferrari1 porsche1 lamborghini bugatti
mclaren bmw mercedes1 audi volkswagen volvo toyota1 honda nissan1 mazda subaru mitsubishi hyundai kia ford
mustang1 chevrolet chevy corvette1 camaro1 dodge jeep tesla harley1 harleydavidson ducati yamaha1 kawasaki
suzuki brasil brazil portugal espana spain mexico1 argentina colombia chile peru venezuela usa america1
canada1 england london1 paris france germany berlin italy roma rome moscow russia china beijing japan tokyo
korea seoul india delhi mumbai pakistan1 dubai egypt africa australia sydney1 melbourne newzealand ireland
scotland wales holland amsterdam sweden norway denmark finland poland ukraine turkey istanbul greece israel
california texas florida1 newyork1 chicago1 boston1 dallas1 houston miami vegas lasvegas1 hollywood seattle
denver atlanta detroit phoenix2 riodejaneiro saopaulo1 brasilia bahia recife fortaleza curitiba portoalegre
belohorizonte salvador amor amormeu meuamor teamo teamomuito teamo123 saudade felicidade familia familia123
deus deusefiel jesuscristo senha senha123 senha1234 mudar123 mudarsenha trocar123 acesso acesso123 entrar
administrador usuario brasil123 flamengo1 corinthians1 palmeiras1 contrasena contrasena123 clave hola holahola
hola123 amorcito princesa principe tequiero teamo1 mariposa estrella corazon chocolate1 futbol barcelona1
realmadrid1 azerty123 motdepasse bonjour soleil chouchou doudou loulou passwort hallo hallo123 schatz liebe
kennwort geheim qwertz qwertz123 ciao iloveme iloveyou12 ilovegod ilovemom ilovemymom ilovemyself ilovemusic
lovelove loveyou1 lovers1 lovely1 loving romance romantic kisses kiss hug hugs xoxo forever1 always never
together soulmate babe baby1 babydoll darling beautiful pretty gorgeous cute cutie handsome sexy1 sexygirl
sexyboy hottie hotstuff hot stud playboy1 naughty dirty kinky bitch1 slut whore pussy1 dick1 cock1 penis
vagina boobs boobies1 tits1 ass asshole1 fuckyou1 fuckme1 fuckoff1 fuckit shit shit123 damn dammit hell666
satan devil demon 666666666 evil killer1 killer123 murder death dead zombie vampire1 werewolf ghost ghostrider
skull skeleton reaper grimreaper darkness1 darkside shadow123 midnight1 blackcat blackjack poker casino
gambler jackpot lottery money1 money123 cash dollar dollars bitcoin crypto ethereum rich millionaire
billionaire success1 winner1 champion1 victory legend1 hero superhero superstar rockstar star1 stars starlight
sunshine12 moonlight twilight eclipse1 music music1 musica guitar1 piano drums drummer1 singer song rock
rocknroll metal heavymetal punk hiphop rap jazz blues country reggae disco dance dancer ballet beatles1 elvis
elvispresley michaeljackson madonna eminem1 nirvana1 metallica1 linkinpark greenday coldplay radiohead queen
acdc ledzeppelin pinkfloyd gunsnroses bonjovi aerosmith kiss1 slipknot1 system welcome123 welcome1234
letmein123 changeme123 changeit newpassword newpass oldpassword temp temp123 temporary test123 test1234
testing1 testtest qwerty12345 qwerty123456 admin123 admin1234 admin12345 adminadmin root123 rootroot superuser
sysadmin manager operator support service backup demo sample example guest123 user123 user1234 login123 logon
master123 master12 masterkey passkey password! password1! password123! p@ssword p@ssw0rd p@55w0rd pa$$word
passw0rd1 1password 1qazxsw23edc access14 access123 abc123456 iloveyou123 princess123 sunshine123 football123
baseball123 superman123 batman123 monkey123 dragon123 shadow1234 michael123 charlie123 jessica123 ashley123
daniel123 jordan123 hunter2 hunter123 whatever1 nothing1 something anything everything mypassword1
thisismypassword thisisapassword iamthebest imthebest theone thebest thegreatest awesome awesome1 amazing
cool123 coolguy coolman bigman bigboss boss boss123 king king123 queen1 queen123 princess2 prince1 lady
lord123 sir master1234 slave servant mistress goddess god1 zeus hercules apollo1 athena odin loki thor1 freya
correcthorsebatterystaple correcthorse batterystaple trustnoone openup opensesame letmeinplease pleaseletmein
duration durationapp timetracker pomodoro focus focustimer workhard getitdone productivity tdd testdriven
`
