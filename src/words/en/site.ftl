# What the publishing step writes around the app: the line a browser without JavaScript shows.

app-noscript = The self-assessment and find-my-level need JavaScript and WebAssembly. Every level, comparison and the promotion guide read without them.
app-noscript-link = See all levels

# The product's name in the header; a company may call it its own way through `wording`.
product-name = Ladder
