# Ladder's app sentences.

## Why something could not be read (saved answers, an opened file, kept history, the framework's files).
problem-storage-unknown-version = nisu u obliku koji ova verzija Laddera može pročitati („{ $first_line }“)
problem-storage-malformed = redak { $line } je oštećen: { $reason }
problem-storage-missing = nedostaje redak „{ $key }“
problem-storage-unknown-level = odnose se na razinu { $id }, koju ovaj okvir karijere nema
problem-storage-too-large = zauzimaju { $bytes ->
        [one] { $bytes } bajt
        [few] { $bytes } bajta
       *[other] { $bytes } bajtova
    }, a nijednoj spremljenoj samoprocjeni ne treba više od { $max }
problem-storage-truncated = prestaju u retku { $line } bez potpunog završnog retka, pa su očito prekinuti
problem-history-too-large = zauzima { $bytes ->
        [one] { $bytes } bajt
        [few] { $bytes } bajta
       *[other] { $bytes } bajtova
    }, a nijednoj povijesti ne treba više od { $max }
problem-history-unknown-version = nije u obliku koji ova verzija Laddera može pročitati
problem-history-malformed = redak { $line } je oštećen
problem-history-truncated = prekinuta je
problem-history-too-many = sadrži { $count ->
        [one] { $count } snimku
        [few] { $count } snimke
       *[other] { $count } snimaka
    }, a čuva se najviše { $max }
problem-json-syntax = datoteka nije valjani JSON u retku { $line }, stupcu { $column }: { $message }
problem-json-shape = { $path }: { $message } (redak { $line }, stupac { $column })
problem-json-duplicate-key = { $path } navodi se dvaput u istom objektu; zadrži samo jedan od ta dva unosa
problem-file-too-large = datoteka ima { $bytes ->
        [one] { $bytes } bajt
        [few] { $bytes } bajta
       *[other] { $bytes } bajtova
    }, a spremljena samoprocjena može imati najviše { $max }
problem-file-not-an-assessment = $.format je "{ $format }", dakle to nije samoprocjena iz Laddera
problem-file-newer-version = $.version je { $version }: datoteku je izradila novija verzija Laddera, koju ova ne može pročitati
problem-file-invalid = { $path }: { $reason }
problem-file-unknown-level = { $path }: ovaj okvir karijere nema razinu "{ $id }"
problem-decode-empty = { $file }: datoteka je prazna
problem-decode-wrong-format = { $file }: datoteka je u formatu { $found }, a ova verzija Laddera čita format { $expected }: ponovno objavi stranice (scripts/build.sh)
problem-decode-malformed = { $file }: datoteka je oštećena: { $reason }
problem-decode-mismatch = { $file }: datoteka pripada okviru { $details }, a stranica prikazuje { $outline }: ponovno učitaj stranicu; ako se problem ponovi, ponovno objavi stranice (scripts/build.sh)
problem-decode-invalid = { $file }: { $count ->
        [one] { $count } problem u okviru karijere:
        [few] { $count } problema u okviru karijere:
       *[other] { $count } problema u okviru karijere:
    }
    { $problems }
problem-download = Datoteka { $file } nije se mogla preuzeti ({ $reason }). Ponovno učitaj stranicu; ako se problem ponovi, stranice su objavljene bez te datoteke.
problem-download-no-window = nema prozora preglednika
problem-download-network = mrežni zahtjev nije uspio
problem-download-not-http = odgovor nije bio HTTP odgovor
problem-download-status = poslužitelj je odgovorio s { $status }
problem-download-no-body = odgovor nije imao sadržaj
problem-download-interrupted = preuzimanje je prekinuto
problem-download-not-utf8 = nije UTF-8 tekst

## The app shell.
page-title = { $title } · Ladder
app-loading = Učitavanje okvira karijere…
app-skip-to-content = Preskoči na sadržaj
app-details-missing-heading = Ovom su prikazu potrebni detalji okvira karijere, koji se nisu mogli učitati
app-details-missing-hint = Odabir razina i dalje radi; tvoji su odgovori sačuvani.
framework-errors-heading = Ovaj okvir karijere nije se mogao učitati
framework-errors-found = Ladder je pronašao { $count ->
        [one] { $count } problem
        [few] { $count } problema
       *[other] { $count } problema
    }. Svaki redak navodi gdje je problem i što nije u redu.

## What happened to the answers kept in this tab or on this device. $place is "device" or "tab".
storage-not-kept = Nije sačuvano { $place ->
        [device] na ovom uređaju
       *[tab] u ovoj kartici
    }: { $not_kept }. Preglednik je odbio zapisivanje (spremište mu je vjerojatno puno). Sve je još na ovoj stranici, ali ponovnim učitavanjem izgubilo bi se ono što nije sačuvano: preuzmi svoje odgovore da ih zadržiš.
storage-conflict-changed = Druga je kartica promijenila odgovore sačuvane { $place ->
        [device] na ovom uređaju
       *[tab] u ovoj kartici
    } otkako je ova kartica posljednji put spremila, pa promjena ove kartice nije zapisana preko njih. Još nije sačuvano: { $not_kept }. Odaberi čije odgovore zadržati.
storage-conflict-removed = Druga je kartica uklonila odgovore sačuvane { $place ->
        [device] na ovom uređaju
       *[tab] u ovoj kartici
    } ili ih zapisala u obliku koji ova kartica ne može pročitati, otkako je ova kartica posljednji put spremila. Još nije sačuvano: { $not_kept }. Odaberi čije odgovore zadržati.
storage-download-answers = Preuzmi svoje odgovore
storage-download-mine = Preuzmi odgovore ove kartice
storage-use-theirs = Upotrijebi odgovore druge kartice
storage-start-afresh = Počni ispočetka kao druga kartica
storage-keep-mine = Zadrži odgovore ove kartice
storage-show-remembered = Prikaži ovdje zapamćene odgovore
storage-keep-mine-in-tab = Zadrži odgovore samo u ovoj kartici
storage-dismiss = Zatvori
storage-download-unreadable = Preuzmi nečitljive odgovore
storage-discard-unreadable = Odbaci ih i spremaj nove odgovore
storage-download-answers-file = ladder-odgovori.txt
storage-download-unreadable-file = ladder-necitljivi-odgovori.txt

## Remember on this device.
remember-heading = Čuvanje tvojih odgovora
remember-label = Zapamti na ovom uređaju
remember-hint-on = Uključeno: tvoji odgovori, ime i spremljene snimke izvještaja ostaju u lokalnom spremištu ovog preglednika na ovom uređaju, i nakon što ga zatvoriš, sve dok ih ne zaboraviš. Ništa se nikamo ne šalje.
remember-hint-off = Isključeno: tvoji odgovori ostaju samo u ovoj kartici i nestaju kad je zatvoriš; tvoje se ime ne čuva. Ništa se nikamo ne šalje.
remember-forget-group = Zaboraviti sve na ovom uređaju?
remember-forget-confirm = Zaboraviti sve odgovore, ime i spremljene snimke izvještaja koje Ladder čuva na ovom uređaju i u ovoj kartici? To se ne može poništiti.
remember-forget-yes = Da, zaboravi sve
remember-forget-keep = Zadrži ih
remember-forget = Zaboravi sve na ovom uređaju
remember-forgotten = Gotovo: Ladder sada ništa ne čuva na ovom uređaju.

## Opening a saved assessment file; $file is the file's name.
open-heading = Otvori spremljenu samoprocjenu
open-choose-file = Odaberi datoteku spremljenu pomoću „Spremi u datoteku“
open-drop-hint = Ili je povuci ovamo. Čita se u ovom pregledniku; ništa se ne šalje na poslužitelj.
open-failed = Datoteka „{ $file }“ nije se mogla otvoriti: { $problem }. Ništa nije promijenjeno.
open-unreadable = Datoteka „{ $file }“ nije se mogla pročitati. Ništa nije promijenjeno.
open-not-yet = Datoteka „{ $file }“ još nije otvorena: detalji okvira karijere još se preuzimaju. Pokušaj ponovno za trenutak; ništa nije promijenjeno.
open-done = Otvorena je datoteka „{ $file }“.
open-see-report = Pogledaj izvještaj
open-confirm = { $count ->
        [one] Datoteka „{ $file }“ spremljena je { $date } ({ $current } → { $target }). Otvaranjem se zamjenjuje { $count } odgovor koji imaš na ovoj stranici.
        [few] Datoteka „{ $file }“ spremljena je { $date } ({ $current } → { $target }). Otvaranjem se zamjenjuju { $count } odgovora koja imaš na ovoj stranici.
       *[other] Datoteka „{ $file }“ spremljena je { $date } ({ $current } → { $target }). Otvaranjem se zamjenjuje { $count } odgovora koje imaš na ovoj stranici.
    }
open-replace = Zamijeni moje odgovore
open-keep = Zadrži trenutačne odgovore
open-made-against = { $framework }, verzija { $version }
opened-file-heading = Iz otvorene datoteke
opened-file-saved = Datoteka „{ $file }“ spremljena je { $date } prema okviru { $made_against }.
opened-file-new-statements = { $count ->
        [one] { $count } nova tvrdnja od tada, bez odgovora
        [few] { $count } nove tvrdnje od tada, bez odgovora
       *[other] { $count } novih tvrdnji od tada, bez odgovora
    }
opened-file-no-longer-apply = { $count ->
        [one] { $count } odgovor više ne vrijedi jer ova verzija okvira karijere više nema ono na što se odnosi: { $items }.
        [few] { $count } odgovora više ne vrijede jer ova verzija okvira karijere više nema ono na što se odnose: { $items }.
       *[other] { $count } odgovora više ne vrijedi jer ova verzija okvira karijere više nema ono na što se odnose: { $items }.
    }
