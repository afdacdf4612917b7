# inherit does not accept dynamic names
let x = "a"; in { inherit ${x}; }
