# or also catches selecting through a non-set
{ a = 1; }.a.b or "fallback"
