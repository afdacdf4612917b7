# names missing from the inner with fall back to the outer with
with { a = 1; b = 2; }; with { a = 10; }; [ a b ]
