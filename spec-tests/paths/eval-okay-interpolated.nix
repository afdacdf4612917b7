# path literals may contain interpolations
let x = "b"; in /a/${x}/c
