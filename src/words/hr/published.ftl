# Objavljene rečenice Laddera.

## The list of frameworks on a site that publishes several.
site-index-title = Okviri karijere
site-index-lead = Okviri karijere objavljeni na ovim stranicama. Odaberi jedan da pročitaš njegove razine, usporediš ih, pronađeš gdje se uklapaš ili napraviš samoprocjenu.
# One framework's card: "11 razina · 2 smjera · verzija 2025.1".
site-index-facts = { $levels ->
        [one] { $levels } razina
        [few] { $levels } razine
       *[other] { $levels } razina
    } · { $tracks ->
        [one] { $tracks } smjer
        [few] { $tracks } smjera
       *[other] { $tracks } smjerova
    } · verzija { $version }

## The shell of every published page. ladder-pages.js reads the sentences it shows from the page.
pages-skip-to-content = Preskoči na sadržaj
# Worded so that { $length } (put in by the page's script, any number) needs no plural form.
pages-address-too-long = Ova je adresa dulja od bilo koje adrese Laddera (duljina: { $length }, a najviše je { $max ->
        [one] { $max } znak
        [few] { $max } znaka
       *[other] { $max } znakova
    }), pa nije otvorena. Možda je izmijenjena ili spojena s nečim drugim; zatraži poveznicu ponovno.
pages-copy-refused = Ovaj preglednik nije dopustio kopiranje; kopiraj adresu iz adresne trake.

## "Copy link".
copy-link-button = Kopiraj poveznicu
copy-link-done = Poveznica je kopirana u međuspremnik.
copy-link-refused = Ovaj preglednik nije dopustio kopiranje; kopiraj poveznicu u nastavku.
copy-link-label = Poveznica na ovu stranicu

## The banner and the footer.
header-all-frameworks = Svi okviri karijere
header-nav = Glavna navigacija
header-levels = Razine
header-compare = Usporedi
header-promotion = Promaknuće
header-find = Pronađi svoju razinu
header-assess = Samoprocjena
footer-version = { $framework } · verzija okvira { $version }
footer-privacy = Ladder radi u potpunosti u tvom pregledniku. Ništa što pregledavaš ili uneseš ne šalje se nikamo.

## The landing.
home-title = Razine karijere
home-for-you = Što ovdje možeš učiniti
home-joining-heading = Razmišljaš o tome da nam se pridružiš?
home-joining = Otvori bilo koju razinu i pročitaj što se na njoj očekuje u svakoj dimenziji rada ili { $find }.
home-joining-find = pronađi razinu koja ti odgovara
home-planning-heading = Planiraš sljedeći korak?
home-planning-timelines = { $assess } u odnosu na sljedeću razinu, posve privatno: izvještaj o razlikama i vremenski plan s datumima, izračunani u ovoj kartici. Ili { $compare } i vidi točno što se mijenja.
home-planning = { $assess } u odnosu na sljedeću razinu, posve privatno: izvještaj o razlikama i o tome na čemu raditi, izračunan u ovoj kartici. Ili { $compare } i vidi točno što se mijenja.
home-planning-assess = Procijeni se
home-planning-compare = usporedi dvije razine
home-hiring-heading = Zapošljavaš ili određuješ razine?
home-hiring = Svaka razina i svaka usporedba ima vlastitu adresu: zalijepi je u e-poruku i otvorit će upravo taj prikaz. { $level } s jednim pitanjem po dimenziji ili { $send }.
home-hiring-level = Odredi razinu kandidata
home-hiring-send = pošalji kandidatu očekivanja za ulogu
home-promotion-heading = Kako funkcionira promaknuće

## A level as a card on its track's ladder.
level-card-switch-item = { $levels } ({ $track })
level-card-switch = Tipičan prelazak: { $switches }

## A level's page.
level-page-breadcrumb = Navigacijski put
level-page-levels = Razine
level-page-tracks = { $count ->
        [one] Smjer
        [few] Smjerovi
       *[other] Smjerovi
    }
level-page-stage = Faza karijere
level-page-roles = Tipične uloge
attribute-focus = Fokus
level-page-what-changes-at = Što se mijenja na razini { $level }
level-page-what-changed-from = Što se promijenilo u odnosu na razinu { $level }
level-page-print = Ispiši ovu razinu
expectations-by-dimension = Očekivanja po dimenzijama
glance-heading = Ukratko
attribute-table-caption = { $level } ukratko
level-page-span = Opseg i tim
level-page-competencies = Očekuje se na svakoj razini smjera { $track }
level-page-background = Tipično predznanje i iskustvo
level-page-success = Znakovi uspjeha
level-page-develop = Česta područja za razvoj
level-page-about = O razini { $level }
level-page-most-senior = { $level } je najviša razina svog smjera.
level-page-typical-time = Tipično vrijeme od razine { $from } do razine { $to }: { $time } (treba pokazati: { $demonstrating }).
level-page-switching = Promjena smjera s ove razine
level-page-switch = { $level } je tipična polazna točka za prelazak na smjer { $track }: { $links }
level-page-switch-noted = { $level } je tipična polazna točka za prelazak na smjer { $track } ({ $note }): { $links }
level-page-switch-or = { $first } ili { $second }
level-page-compare-with = usporedi s razinom { $level }
level-page-switch-guide = Uvjeti i pitanja koja si trebaš postaviti

## Two levels compared.
compare-page-title = { $from } u usporedbi s razinom { $to }
compare-heading = Usporedba razina { $from } i { $to }
compare-unknown-in-link = Ova poveznica navodi { $count ->
        [one] razinu koju
        [few] razine koje
       *[other] razine koje
    } { $framework } (verzija { $version }) nema: { $codes }. Umjesto toga prikazuju se razine { $from } i { $to }; u nastavku odaberi željene razine.
compare-unknown-code = „{ $code }“
compare-unknown-codes = „{ $first }“ i „{ $second }“
compare-swap-link = ⇄ Zamijeni: { $from } u usporedbi s razinom { $to }
compare-from-label = Polazna razina
compare-to-label = Ciljna razina
compare-swap-label = Zamijeni dvije razine
compare-swap = ⇄ Zamijeni
compare-form-submit = Usporedi ove razine
compare-not-a-dimension = Nije dimenzija smjera { $track }.
compare-what-changes = Što se mijenja
compare-same-level = Ista razina s obje strane.
compare-levels-up = { $count ->
        [one] { $count } razina
        [few] { $count } razine
       *[other] { $count } razina
    } naviše na smjeru { $track }.
compare-levels-down = { $count ->
        [one] { $count } razina
        [few] { $count } razine
       *[other] { $count } razina
    } naniže na smjeru { $track }.
compare-other-track = Prelazak sa smjera { $from } na smjer { $to }.
compare-typical-time = Tipično vrijeme: { $time }.
compare-strategic-same = Strateški udio rada ostaje isti.
compare-strategic-shift = Strateški udio rada: { $from } % → { $to } % ({ $change } { $count ->
        [one] postotni bod
        [few] postotna boda
       *[other] postotnih bodova
    }).
compare-attributes-differ = { $changed ->
        [one] Razlikuje se
        [few] Razlikuju se
       *[other] Razlikuje se
    } { $changed } od { $total } atributa.
compare-attributes-region = Usporedba atributa (tablica se pomiče vodoravno)
compare-attribute = Atribut
compare-change = Promjena
compare-more-strategic = ↑ { $count ->
        [one] { $count } postotni bod
        [few] { $count } postotna boda
       *[other] { $count } postotnih bodova
    } više strateškog rada
compare-less-strategic = ↓ { $count ->
        [one] { $count } postotni bod
        [few] { $count } postotna boda
       *[other] { $count } postotnih bodova
    } manje strateškog rada

## How an attribute moved between two levels.
change-none = Bez promjene
change-up = ↑ { $count ->
        [one] { $count } korak
        [few] { $count } koraka
       *[other] { $count } koraka
    } naviše
change-down = ↓ { $count ->
        [one] { $count } korak
        [few] { $count } koraka
       *[other] { $count } koraka
    } naniže
change-different = Mijenja se
change-one-sided = Samo s jedne strane

## The promotion guide.
promotion-title = Promaknuće i promjena smjera
promotion-track-moves = Napredovanje na smjeru { $track }
promotion-none = Ovaj okvir karijere ne opisuje postupak promaknuća.
promotion-criteria = Kriteriji za promaknuće
promotion-question = { $question } ({ $needs })
promotion-timelines = Tipično vrijeme između razina
promotion-timelines-lead = Koliko vremena ljudi obično provedu na razini prije napredovanja, pritom već dosljedno radeći na sljedećoj razini. Iznimni rezultati mogu skratiti to vrijeme.
promotion-timelines-region = Tipično vrijeme između razina (tablica se pomiče vodoravno)
promotion-step = Korak
promotion-typical-time = Tipično vrijeme
promotion-demonstrating = Treba pokazati
promotion-process = Postupak
promotion-evidence = Kako pripremiti prijedlog za promaknuće
promotion-switching = Promjena smjera
promotion-switch-heading = Sa smjera { $from } na smjer { $to }
promotion-switch-path = Tipičan put: { $from } → { $to }.
promotion-switch-path-noted = Tipičan put: { $from } → { $to }, { $note }.
promotion-consider = Pitanja koja si trebaš postaviti
promotion-requirements = Uvjeti
promotion-how-move-works = Kako teče ovaj prelazak
promotion-pay = Plaća i određivanje razine
promotion-pay-components = Od čega se sastoji plaća
promotion-pay-band = Što određuje svrstavanje u platni razred

## Dead ends, and the app's way to a published page.
opening-page = Otvaranje stranice…
not-found-title = Stranica nije pronađena
not-found-heading = Na ovoj adresi nema stranice
not-found-lead = Poveznica je možda pogrešno upisana ili zastarjela. U nastavku su navedene sve razine okvira karijere.
not-found-back = Natrag na sve razine
unknown-level-title = Nema razine { $code }
unknown-level-heading = Ne postoji razina „{ $code }“
unknown-level-lead = { $framework } (verzija { $version }) nema razinu s tom oznakom. Možda je preimenovana u novijoj verziji okvira karijere ili je poveznica pogrešno upisana. Ovo su njegove razine:

## An assessment that names levels the framework lacks.
levels-missing = Ova se samoprocjena odnosi na razine { $current } i { $target }, a { $framework } (verzija { $version }) nema obje. Ponovno odaberi razine da nastaviš; tvoje ocjene ostaju sačuvane.
levels-missing-restart = Ponovno odaberi razine
