# What the publishing step writes around the app: the line a browser without JavaScript shows.

app-noscript = Za samoprocjenu i „Pronađi svoju razinu“ potrebni su JavaScript i WebAssembly. Sve razine, usporedbe i vodič za promaknuće mogu se čitati i bez njih.
app-noscript-link = Pogledaj sve razine

# The product's name in the header; a company may call it its own way through `wording`.
product-name = Ladder
