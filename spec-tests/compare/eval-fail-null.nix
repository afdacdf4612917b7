# null cannot be ordered
null < null
