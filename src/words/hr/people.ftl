# Ladder's people sentences.

## Zašto se podijeljena poveznica ne može otvoriti (ShareError), kao rečenica nakon
## „Poveznica se ne može pročitati:“.
share-error-too-long = duga je { $chars ->
        [one] { $chars } znak
        [few] { $chars } znaka
       *[other] { $chars } znakova
    }, više nego što može imati ijedna podijeljena samoprocjena ({ $most })
share-error-unknown-kind = počinje s „{ $found }“, a to nije podijeljena samoprocjena koju ova verzija Laddera može pročitati
share-error-damaged = skraćena je ili izmijenjena u prijenosu: njezin kontrolni zbroj ne odgovara sadržaju
share-error-malformed = { $field ->
        [header] njezino zaglavlje ne može se pročitati
        [framework] oznaka okvira karijere u njoj ne može se pročitati
        [framework-version] verzija okvira karijere u njoj ne može se pročitati
        [date] datum u njoj ne može se pročitati
        [start-month] početni mjesec u njoj ne može se pročitati
        [criteria] kriteriji u njoj ne mogu se pročitati
        [answers] odgovori u njoj ne mogu se pročitati
        [role] uloga u njoj ne može se pročitati
        [note] bilješka u njoj ne može se pročitati
       *[other] dio nje ne može se pročitati
    }
share-error-unknown-level = navodi razinu „{ $id }“, koju ovaj okvir karijere nema
share-error-repeated = { $field ->
        [statement] navodi tvrdnju „{ $id }“ više puta
        [group] navodi skupinu tvrdnji „{ $id }“ više puta
        [criteria-question] navodi pitanje kriterija „{ $id }“ više puta
        [dimension] navodi dimenziju „{ $id }“ više puta
       *[other] navodi „{ $id }“ više puta
    }
share-error-too-many-answers = { $count ->
        [one] sadrži { $count } odgovor, više nego što može imati ijedna samoprocjena u ovom okviru karijere ({ $most })
       *[other] sadrži { $count } odgovora, više nego što može imati ijedna samoprocjena u ovom okviru karijere ({ $most })
    }

link-problem-back = Natrag na sve razine

role-builder-heading = Pošalji očekivanja za ulogu
role-builder-lead = Odaberi razinu, označi dimenzije koje su za ovu ulogu najvažnije i, ako želiš, dodaj kratku bilješku. Poveznica za kandidata otvara ono što uloga očekuje, s tvojim označenim dimenzijama na početku.
role-builder-level = Razina uloge
role-builder-dimensions = Dimenzije koje su za ovu ulogu najvažnije
role-builder-note = Bilješka za kandidata (neobavezno, običan tekst)
role-builder-note-too-long = Bilješka ima { $length ->
        [one] { $length } znak
        [few] { $length } znaka
       *[other] { $length } znakova
    }; bilješka može imati najviše { $most }. Skrati je kako bi se poveznica mogla izraditi.
role-builder-note-length = { $length } od { $most ->
        [one] { $most } znaka
        [few] { $most } znaka
       *[other] { $most } znakova
    }. Prikazuje se doslovno kako je napisana, bez oblikovanja.
role-builder-make-link = Izradi poveznicu za kandidata
role-builder-link = Poveznica za kandidata
role-builder-link-sentence = Svatko s ovom poveznicom može pročitati očekivanja uloge i tvoju bilješku; ništa se ne šalje na poslužitelj.

role-heading = Što ova uloga očekuje
role-heading-level = Što ova uloga očekuje: { $level }
role-broken = Ova se poveznica na ulogu ne može otvoriti
role-broken-reason = Poveznica se ne može pročitati: { $reason }. Zatraži novu.
role-note = Bilješka osobe koja zapošljava
role-hint = Možeš se ocijeniti prema svakoj tvrdnji i poslati svoje viđenje natrag osobi koja zapošljava; tvoji odgovori ostaju na ovoj stranici dok to ne učiniš.
role-matters-most = · najvažnije za ovu ulogu
role-send-back = Pošalji svoje viđenje natrag
role-answers-link = Poveznica s tvojim viđenjem
role-answers-link-sentence = Pošalji ovu poveznicu osobi koja zapošljava. Svatko s njom može pročitati tvoje odgovore; ništa se ne šalje na poslužitelj.

role-view-other-level = Ovi se odgovori odnose na drugu razinu, a ne na razinu uloge.
role-view-broken = Kandidatovi odgovori ne mogu se otvoriti
role-view-broken-reason = Poveznica se ne može pročitati: { $reason }. Zamoli da ti je ponovno pošalju.
role-view-heading = Kandidatovo viđenje razine { $level }
role-view-answered-on = Odgovoreno { $date } Kandidatove vlastite ocjene prema očekivanjima uloge; označene dimenzije su na početku.
role-view-table = Kandidatovo viđenje po dimenzijama (tablica se pomiče vodoravno)
role-view-caption = Uloga i kandidatovo viđenje, dimenziju po dimenziju
role-view-dimension = Dimenzija
role-view-for-role = Za ovu ulogu
role-view-candidate = Kandidatovo viđenje
role-view-matters-most = Najvažnije
role-view-expected = Očekuje se
role-view-readiness = { $readiness } ({ $answered } od { $total ->
        [one] { $total } tvrdnje
        [few] { $total } tvrdnje
       *[other] { $total } tvrdnji
    })

find-heading = Pronađi svoju razinu
find-heading-candidate = Odredi razinu kandidata
find-lead = Jedno pitanje po dimenziji: odaberi razinu čiji opis najbolje odgovara tvom današnjem radu. { $rule }
find-lead-candidate = Jedno pitanje po dimenziji: odaberi razinu čiji opis najbolje odgovara današnjem radu kandidata. { $rule }
find-switch-to-self = Želiš li radije procijeniti sebe?
find-switch-to-candidate = Želiš li radije odrediti razinu kandidata?
find-other-version = Ovi su odabiri napravljeni prema okviru { $other }, a ovo je { $this }. Razine se povezuju prema oznakama.
find-track = Smjer
find-dimensions = Dimenzije
find-step = Dimenzija { $step } od { $total }
find-question = { $dimension }: što najbolje opisuje tvoj današnji rad?
find-question-candidate = { $dimension }: što najbolje opisuje današnji rad kandidata?
find-all-statements = Sve tvrdnje za razinu { $level } ({ $count })
find-previous = ← Prethodna dimenzija
find-next = Sljedeća dimenzija →
find-result = Rezultat
find-result-candidate = Gdje bi se kandidat mogao smjestiti
find-overall = Ukupna razina: { $level }
find-overall-typical = Ukupna razina: { $level }; tipična razina: { $typical }
find-every-answer = Svi odgovori upućuju na razinu { $level }
find-range = Raspon razina: { $lowest } – { $highest }
find-why = Zašto: okvir karijere smješta na najnižu odabranu razinu. { $count ->
        [1] Ova je dimenzija
       *[other] Ove su dimenzije
    } na razini { $level }: { $dimensions }.
find-why-stronger = Zašto: okvir karijere smješta na najnižu odabranu razinu. { $count ->
        [1] Ova je dimenzija
       *[other] Ove su dimenzije
    } na razini { $level }: { $dimensions }. Jače: { $stronger }.
find-incomplete = Odgovoreno za { $answered } od { $total ->
        [one] { $total } dimenzije
        [few] { $total } dimenzije
       *[other] { $total } dimenzija
    }: rezultat se još može promijeniti.
find-per-dimension = { $dimension }: { $level }
find-per-dimension-none = { $dimension }: bez odgovora
find-read-level = Pročitaj što očekuje razina { $level }
find-what-changes = Što se mijenja na razini { $level }
find-answer-first = Odgovori za barem jednu dimenziju da vidiš gdje se smještaš.
find-answer-first-candidate = Odgovori za barem jednu dimenziju da vidiš gdje bi se kandidat mogao smjestiti.

opinion-title = Drugo mišljenje · Samoprocjena
opinion-broken = Ovo se drugo mišljenje ne može otvoriti
opinion-broken-reason = Poveznica se ne može pročitati: { $reason }. Zamoli da ti je ponovno pošalju.
opinion-mismatch-heading = Drugo mišljenje
opinion-mismatch = Ovo drugo mišljenje ocjenjuje te prema razini { $other }, a tvoja samoprocjena u ovom pregledniku cilja na razinu { $own }.
opinion-mismatch-link = Odaberi iste razine da vidiš oba viđenja jedno uz drugo.
opinion-ready = Spremno za razinu { $level }
opinion-not-ready = Još nije spremno za razinu { $level }
opinion-ready-count = { $ready } od { $total }
opinion-heading = Tvoje viđenje i drugo mišljenje: { $current } → { $target }
opinion-table = Oba viđenja po dimenzijama (tablica se pomiče vodoravno)
opinion-caption = Spremnost po dimenzijama, oba viđenja
opinion-dimension = Dimenzija
opinion-you = Ti
opinion-other = Drugo mišljenje
opinion-verdict = Zaključak
opinion-dimensions-ready = Spremne dimenzije
opinion-by-statement = Usporedba po tvrdnjama
opinion-talk-count = { $count ->
        [1] { $count } tvrdnja razlikuje se za dva ili više koraka; o njoj treba najprije razgovarati.
        [one] { $count } tvrdnja razlikuje se za dva ili više koraka; o njima treba najprije razgovarati.
        [few] { $count } tvrdnje razlikuju se za dva ili više koraka; o njima treba najprije razgovarati.
       *[other] { $count } tvrdnji razlikuje se za dva ili više koraka; o njima treba najprije razgovarati.
    }
opinion-talk-about = Za razgovor:
opinion-answers = — ti: { $own }; drugo mišljenje: { $other }
opinion-back = ← Tvoj izvještaj

shared-title = Podijeljeno s tobom · Samoprocjena
shared-broken = Ova se podijeljena poveznica ne može otvoriti
shared-broken-reason = Poveznica na podijeljenu samoprocjenu ne može se pročitati: { $reason }. Zatraži novu od osobe koja ti ju je poslala.
shared-unknown-levels = Ova podijeljena samoprocjena navodi razine koje okvir karijere nema.
shared-banner = Podijeljeno s tobom: izrađeno { $date } prema okviru { $framework }, verzija { $version }
shared-heading = Podijeljeni izvještaj: { $current } → { $target }
shared-read-only = Samo za čitanje: ovo je tuđa samoprocjena. Ne sadrži ime ni bilješke.
shared-read-only-other-version = Samo za čitanje: ovo je tuđa samoprocjena. Ne sadrži ime ni bilješke. Izrađena je prema okviru { $framework }, verzija { $version }; odgovori se s ovom verzijom povezuju prema oznakama tvrdnji.
shared-no-longer-apply = { $count ->
        [1] { $count } odgovor više ne vrijedi jer te tvrdnje nema u ovoj verziji okvira karijere: { $ids }.
        [one] { $count } odgovor više ne vrijedi jer tih tvrdnji nema u ovoj verziji okvira karijere: { $ids }.
        [few] { $count } odgovora više ne vrijede jer tih tvrdnji nema u ovoj verziji okvira karijere: { $ids }.
       *[other] { $count } odgovora više ne vrijedi jer tih tvrdnji nema u ovoj verziji okvira karijere: { $ids }.
    }
shared-replace = Zamijeniti tvoje odgovore?
shared-replace-question = Zamijeniti odgovore koje imaš u ovom pregledniku ovom podijeljenom samoprocjenom? To se ne može poništiti.
shared-replace-yes = Da, uzmi je kao svoju
shared-keep = Zadrži moje odgovore
shared-make-own = Uzmi kao svoju

rate-title = Ocijeni nekoga · Drugo mišljenje
rate-broken = Ovaj se zahtjev za drugo mišljenje ne može otvoriti
rate-broken-reason = Poveznica se ne može pročitati: { $reason }. Zatraži novu od osobe koja ti ju je poslala.
rate-heading = Drugo mišljenje
rate-lead = Osoba na razini { $current } pita kako vidiš njezin rad u odnosu na razinu { $target }. Svaku tvrdnju ocijeni za tu osobu, a ne za sebe. Tvoji odgovori ostaju na ovoj stranici dok ih ne pošalješ natrag kao poveznicu; ne utječu na tvoju vlastitu samoprocjenu.
rate-send = Pošalji odgovore natrag
rate-answered = Odgovoreno na { $answered } od { $total ->
        [one] { $total } tvrdnje
        [few] { $total } tvrdnje
       *[other] { $total } tvrdnji
    }.
rate-link = Poveznica s tvojim odgovorima
rate-link-sentence = Pošalji ovu poveznicu natrag osobi koja je pitala. Svatko s njom može pročitati tvoje odgovore; ništa se ne šalje na poslužitelj.
