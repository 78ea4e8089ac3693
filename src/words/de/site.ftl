# What the publishing step writes around the app: the line a browser without JavaScript shows.

app-noscript = Die Selbsteinschätzung und „Meine Stufe finden“ brauchen JavaScript und WebAssembly. Alle Stufen, Vergleiche und der Beförderungsleitfaden lassen sich auch ohne lesen.
app-noscript-link = Alle Stufen ansehen

# The product's name in the header; a company may call it its own way through `wording`.
product-name = Ladder
