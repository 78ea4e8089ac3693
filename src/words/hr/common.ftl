# Sentences shared by every view: dates, counts and spans of time.
# Arguments are named; numbers choose plural forms by the language's CLDR rules.

## A day as pages write it: "22. ožujka 2027." (the month in the genitive). $month is 1 to 12.
date = { $day }. { $month ->
        [1] siječnja
        [2] veljače
        [3] ožujka
        [4] travnja
        [5] svibnja
        [6] lipnja
        [7] srpnja
        [8] kolovoza
        [9] rujna
        [10] listopada
        [11] studenoga
       *[12] prosinca
    } { $year }.
## A month of a year, as in "ožujak 2027.".
month-year = { $month ->
        [1] siječanj
        [2] veljača
        [3] ožujak
        [4] travanj
        [5] svibanj
        [6] lipanj
        [7] srpanj
        [8] kolovoz
        [9] rujan
        [10] listopad
        [11] studeni
       *[12] prosinac
    } { $year }.
## A month named alone, as in a list of months.
month-name = { $month ->
        [1] siječanj
        [2] veljača
        [3] ožujak
        [4] travanj
        [5] svibanj
        [6] lipanj
        [7] srpanj
        [8] kolovoz
        [9] rujan
        [10] listopad
        [11] studeni
       *[12] prosinac
    }
months = { $count ->
        [one] { $count } mjesec
        [few] { $count } mjeseca
       *[other] { $count } mjeseci
    }
## "24–36 mjeseci"
month-range = { $max ->
        [one] { $min }–{ $max } mjesec
        [few] { $min }–{ $max } mjeseca
       *[other] { $min }–{ $max } mjeseci
    }
## "36+ mjeseci"
months-or-more = { $min ->
        [one] { $min }+ mjesec
        [few] { $min }+ mjeseca
       *[other] { $min }+ mjeseci
    }
weeks = { $count ->
        [one] { $count } tjedan
        [few] { $count } tjedna
       *[other] { $count } tjedana
    }
week-range = { $max ->
        [one] { $min }–{ $max } tjedan
        [few] { $min }–{ $max } tjedna
       *[other] { $min }–{ $max } tjedana
    }
percent = { $value } %

## Lists and levels.
list-separator = {", "}
list-and = { $init } i { $last }
either-or = { $first } ili { $next }
level-label = { $code } { $title }
focus-operational = { $operational } % operativnog rada
focus-both = { $operational } % operativnog, { $strategic } % strateškog rada

## Ratings and statuses.
rating-not-yet = Još ne
rating-sometimes = Ponekad
rating-usually = Uglavnom
rating-consistently = Dosljedno
rating-not-sure = Ne znam
sent-by-link = Poslano poveznicom: ovo je unio pošiljatelj. Svatko tko ima poveznicu može promijeniti ono što u njoj piše, zato to čitaj kao pošiljateljev vlastiti prikaz, a ne kao dokaz.
status-ready = Spremno
status-close = Blizu
status-gap = Jaz
status-incomplete = Nepotpuno
status-word-ready = spremno
status-word-close = blizu
status-word-gap = jaz
status-word-incomplete = nepotpuno
readiness-ready = { $percent } % · spremno
readiness-close = { $percent } % · blizu
readiness-gap = { $percent } % · jaz
readiness-incomplete = { $percent } % · nepotpuno
readiness-not-answered = bez odgovora

## Suggestions and findings.
suggestion-shift = Pomak u atributu { $attribute }: { $from } → { $to }
suggestion-consistently = Teži ocjeni „Dosljedno“: { $statement }
suggestion-usually = Teži ocjeni „Uglavnom“: { $statement }
suggestion-develop = Razvijaj: { $area }
finding-months-met = „{ $question }“ { $have } od { $need ->
        [one] { $need } mjeseca
        [few] { $need } mjeseca
       *[other] { $need } mjeseci
    }.
finding-months-short = „{ $question }“ { $have } od { $need ->
        [one] { $need } mjeseca
        [few] { $need } mjeseca
       *[other] { $need } mjeseci
    }; { $more ->
        [one] potreban je još { $more } mjesec
        [few] potrebna su još { $more } mjeseca
       *[other] potrebno je još { $more } mjeseci
    }.
finding-count-met = „{ $question }“ { $have }; potrebno je najmanje { $need }.
finding-count-short = „{ $question }“ zasad { $have }; potrebno je najmanje { $need }.
finding-yes-done = Gotovo: „{ $question }“.
finding-yes-not-yet = Još ne: „{ $question }“.
judgement-verdict-ready = Zaključak ove samoprocjene glasi: spremno.
judgement-verdict-not-ready = Zaključak ove samoprocjene glasi: još nije spremno.
judgement-by-manager = Ovo provjeri sa svojim voditeljem.

## Why a date is what it is.
constraint-time-in-level = { $months ->
        [one] { $months } mjesec na razini navršava se
        [few] { $months } mjeseca na razini navršavaju se
       *[other] { $months } mjeseci na razini navršava se
    } { $date }
constraint-question-met = { $criterion }: već dovoljno mjeseci, na dan { $date }
constraint-question = { $criterion }: još { $months ->
        [one] { $months } mjesec
        [few] { $months } mjeseca
       *[other] { $months } mjeseci
    } → { $date }
months-rule-once-ready = { $criterion }: { $months ->
        [one] { $months } mjesec
        [few] { $months } mjeseca
       *[other] { $months } mjeseci
    } od danas, umanjeno za ono što već imaš kad je svaka dimenzija spremna; dotad se broji tek nakon mjeseci koji su potrebni da se zatvori najsporija dimenzija.
months-rule = { $criterion }: { $months ->
        [one] { $months } mjesec
        [few] { $months } mjeseca
       *[other] { $months } mjeseci
    } od danas, umanjeno za ono što već imaš.

## How a dimension moved between snapshots.
movement = { $name }: { $from } → { $to }
movement-still = { $name }: i dalje { $status }
movement-points = { $name }: { $from } → { $to }, { $points } { $count ->
        [one] bod
        [few] boda
       *[other] bodova
    }
movement-still-points = { $name }: i dalje { $status }, { $points } { $count ->
        [one] bod
        [few] boda
       *[other] bodova
    }
still-to-answer-note = Ova je samoprocjena podijeljena prije nego što je svaka dimenzija imala dovoljno odgovora, pa nema zaključka ni datuma. Još treba odgovoriti: { $dimensions }.

## What a restore left out, and what storage does not hold.
left-out-rating = ocjena tvrdnje { $id }
left-out-note = bilješka uz dimenziju { $id }
left-out-criterion = odgovor na pitanje kriterija { $id }
saved-notice-restored = Vraćeni su tvoji raniji odgovori iz ove kartice.
saved-notice-restored-except = Vraćeni su tvoji raniji odgovori iz ove kartice. { $count ->
        [one] Izostavljena je { $count } stavka koju ova verzija okvira karijere više nema
        [few] Izostavljene su { $count } stavke koje ova verzija okvira karijere više nema
       *[other] Izostavljeno je { $count } stavki koje ova verzija okvira karijere više nema
    }: { $items }.
saved-notice-unreadable-kept = Odgovori ranije spremljeni u ovoj kartici nisu se mogli vratiti: { $error }. Ostaju nepromijenjeni u spremištu ove kartice pod „{ $key }“ i možeš ih preuzeti; počinješ ispočetka.
saved-notice-unreadable-in-place = Odgovori ranije spremljeni u ovoj kartici nisu se mogli vratiti: { $error }. Nema mjesta za kopiju, pa ostaju gdje jesu, a novi se odgovori u ovoj kartici ne spremaju dok ih ne preuzmeš ili odbaciš.
changes-answers = { $count ->
        [one] { $count } odgovor
        [few] { $count } odgovora
       *[other] { $count } odgovora
    }
changes-notes = { $count ->
        [one] { $count } bilješka o dokazima
        [few] { $count } bilješke o dokazima
       *[other] { $count } bilježaka o dokazima
    }
changes-name = tvoje ime
changes-levels = tvoje razine i datumi
changes-criteria = tvoji odgovori o kriterijima za promaknuće
changes-latest = tvoja posljednja promjena

## What another tab did.
news-took-other = Tvoji su odgovori promijenjeni u drugoj kartici; ova ih kartica sada prikazuje.
news-forgotten-elsewhere = Druga je kartica zaboravila sve odgovore na ovom uređaju, pa i ova kartica počinje ispočetka.
news-remembered-elsewhere = Druga je kartica uključila „Zapamti na ovom uređaju“: ova kartica sada prikazuje ondje zapamćene odgovore.
news-remembered-elsewhere-ask = Druga je kartica uključila „Zapamti na ovom uređaju“. Vlastiti odgovori ove kartice ostaju u njoj dok ne odlučiš: prikaži ovdje zapamćene odgovore (odgovori ove kartice tada se zamjenjuju) ili zadrži odgovore ove kartice.
news-unremembered-elsewhere = Druga je kartica isključila „Zapamti na ovom uređaju“: ova kartica sada čuva svoje odgovore samo u kartici.
news-switch-on-failed = „Zapamti na ovom uređaju“ nije se moglo uključiti: preglednik je odbio ondje spremiti tvoje odgovore (spremište mu je vjerojatno puno). Ništa se nije promijenilo: tvoji su odgovori i dalje u ovoj kartici.
news-switch-off-failed = „Zapamti na ovom uređaju“ nije se moglo isključiti: preglednik je odbio spremiti tvoje odgovore u ovoj kartici (spremište mu je vjerojatno puno). Ništa se nije promijenilo: tvoji su odgovori i dalje zapamćeni na ovom uređaju.
news-odd-flag = Postavka koja pamti tvoje odgovore na ovom uređaju sadržavala je nešto što Ladder ne prepoznaje („{ $value }“), pa se smatra uključenom i prikazani su tvoji zapamćeni odgovori. Isključi „Zapamti na ovom uređaju“ ako odgovore želiš čuvati samo u ovoj kartici.

## Find my level, shared levels and the promotion guide.
placement-rule-lowest = Rezultat je najniža odabrana razina, ona koju podržava svaka dimenzija, a uz nju i tipična razina.
placement-rule-median = Rezultat je srednja od odabranih razina.
placement-rule-none = Rezultat prikazuje razinu odabranu za svaku dimenziju i njihov raspon; okvir karijere ne navodi pravilo koje bi od njih napravilo jednu razinu.
shared-level = Razina { $level } zajednička je sa smjerom { $track }; ovaj se smjer odvaja nakon nje.
shared-levels = Razine { $first } – { $last } zajedničke su sa smjerom { $track }; ovaj se smjer odvaja nakon razine { $last }.
promotion-guide-link-criteria = kriteriji
promotion-guide-link-timelines = tipično vrijeme napredovanja
promotion-guide-link-process = kako se napreduje
promotion-guide-link-switching = promjena smjera
promotion-guide-link-none = Kako se napreduje između razina
needs-months = najmanje { $months ->
        [one] { $months } mjesec
        [few] { $months } mjeseca
       *[other] { $months } mjeseci
    }
needs-months-once-ready = najmanje { $months ->
        [one] { $months } mjesec
        [few] { $months } mjeseca
       *[other] { $months } mjeseci
    }, računato od trenutka kad je svaka dimenzija spremna
needs-count = najmanje { $count }
needs-yes = da
move-start-nomination = Napredovanje počinje nominacijom.
move-start-round = O napredovanjima se odlučuje u krugu promaknuća.
move-start-application = Napredovanje počinje prijavom i razgovorom.
# $after is a put-forward-* phrase, after "nakon" (genitive).
decision-time = Odluka obično stiže { $weeks } nakon { $after }.
takes-effect-next-quarter = Napredovanje stupa na snagu prvog dana sljedećeg tromjesečja.
takes-effect-next-month = Napredovanje stupa na snagu prvog dana sljedećeg mjeseca.
takes-effect-immediately = Napredovanje stupa na snagu na dan odluke.
put-forward-nomination = nominacije
put-forward-round = kruga promaknuća u kojem se razmatra prijedlog
put-forward-application = prijave
put-forward-any = prijedloga za napredovanje
put-forward-label-nomination = Nominacija
put-forward-label-round = Krug promaknuća
put-forward-label-application = Prijava
put-forward-label-any = Prijedlog
earliest-put-forward-nomination = Najranija nominacija
earliest-put-forward-application = Najranija prijava
earliest-put-forward-round = Najraniji krug promaknuća
earliest-put-forward-any = Najraniji datum kad se napredovanje može predložiti
how-a-move-starts-nomination = Napredovanje počinje nominacijom: razgovaraj sa svojim voditeljem o tome da te predloži za promaknuće.
how-a-move-starts-round = O napredovanjima se odlučuje u krugu promaknuća: pitaj svog voditelja kad je sljedeći i kako se prijedlog uvrštava u njega.
how-a-move-starts-application = Napredovanje počinje prijavom i razgovorom: prati otvorena radna mjesta i prijavi se kad se pojavi odgovarajuće.
effective-when-next-quarter = prvog dana sljedećeg tromjesečja
effective-when-next-month = prvog dana sljedećeg mjeseca
effective-when-immediately = na dan odluke
effective-dates-both = Odluka slijedi { $weeks } nakon { $after } i stupa na snagu { $when }.
effective-dates-no-effective = Odluka slijedi { $weeks } nakon { $after }; okvir karijere ne navodi kad stupa na snagu, pa su prikazani datumi odluke.
effective-dates-no-decision = Okvir karijere ne navodi koliko traje donošenje odluke, pa se u datumima uzima da je odluka donesena čim se napredovanje može predložiti; stupa na snagu { $when }.
effective-dates-neither = Okvir karijere ne navodi ni koliko traje donošenje odluke ni kad ona stupa na snagu, pa su prikazani najraniji datumi kad bi se napredovanje moglo predložiti.

## The verdict and its rule.
incomplete-rule-no-answer = bez ijednog odgovora
incomplete-rule = s manje od { $count ->
        [one] { $count } odgovora
        [few] { $count } odgovora
       *[other] { $count } odgovora
    } (ili, ako dimenzija ima manje tvrdnji, dok nisu odgovorene sve)
verdict-heading-no-rule = Spremnost za razinu { $level }
verdict-heading-every = Spremno za razinu { $level } u svakoj dimenziji
verdict-heading-ready = Spremno za razinu { $level }
verdict-heading-not-ready = Još nije spremno za razinu { $level }
verdict-text-no-rule = Spremno: { $ready } od { $total ->
        [one] { $total } dimenzije
        [few] { $total } dimenzije
       *[other] { $total } dimenzija
    }. Ovaj okvir karijere ne daje ukupni zaključak: svaka dimenzija u nastavku pokazuje koliko je blizu i na čemu raditi.
verdict-text-every-ready = Svaka je dimenzija spremna. Nastavi skupljati dokaze o radu na sljedećoj razini.
verdict-text-every-held-back = Okvir karijere traži da svaka dimenzija bude spremna, pa { $count ->
        [one] { $count } dimenzija koči promaknuće
        [few] { $count } dimenzije koče promaknuće
       *[other] { $count } dimenzija koči promaknuće
    }, koliko god ostale bile jake: { $dimensions }.
verdict-text-at-least-ready = Spremno: { $ready } od { $total ->
        [one] { $total } dimenzije
        [few] { $total } dimenzije
       *[other] { $total } dimenzija
    }; okvir karijere traži najmanje { $need }.
verdict-text-at-least-not-ready = Spremno: { $ready } od { $total ->
        [one] { $total } dimenzije
        [few] { $total } dimenzije
       *[other] { $total } dimenzija
    }; okvir karijere traži najmanje { $need }. Još nije spremno: { $dimensions }.
verdict-text-share-ready = Spremno: { $ready } od { $total ->
        [one] { $total } dimenzije
        [few] { $total } dimenzije
       *[other] { $total } dimenzija
    }; okvir karijere traži { $percent } % njih.
verdict-text-share-not-ready = Spremno: { $ready } od { $total ->
        [one] { $total } dimenzije
        [few] { $total } dimenzije
       *[other] { $total } dimenzija
    }; okvir karijere traži { $percent } % njih. Još nije spremno: { $dimensions }.
verdict-rule-every = Za promaknuće svaka dimenzija mora biti spremna: bilo koji drugi status ga koči, bez obzira na prosjek.
verdict-rule-at-least = { $count ->
        [one] Za promaknuće mora biti spremna najmanje { $count } dimenzija (sve, ako ih ima manje).
        [few] Za promaknuće moraju biti spremne najmanje { $count } dimenzije (sve, ako ih ima manje).
       *[other] Za promaknuće mora biti spremno najmanje { $count } dimenzija (sve, ako ih ima manje).
    }
verdict-rule-share = Za promaknuće mora biti spremno { $percent } % dimenzija.
verdict-rule-none = Okvir karijere ne navodi pravilo za ukupni zaključak, pa ga izvještaj ne daje: svaka dimenzija pokazuje koliko je blizu.

## Titles and link-preview descriptions of published pages.
page-title-level = { $level } · { $framework }
page-description-level = Što razina { $level } očekuje u svakoj dimenziji rada.
page-description-level-summary = Što razina { $level } očekuje u svakoj dimenziji rada. { $summary }
page-title-compare = { $from } u usporedbi s razinom { $to } · { $framework }
page-description-compare = Što se mijenja od razine { $from } do razine { $to }: očekivanja u svakoj dimenziji, jedno uz drugo.
page-title-promotion = Promaknuće i promjena smjera · { $framework }
page-description-promotion = Kako se napreduje između razina i smjerova okvira { $framework }.
page-title-framework = Razine karijere · { $framework }

# Between a name in bold and what follows it ("Impact: ..."), in lists of criteria and dimensions.
label-separator = {": "}
