# string equality is byte equality
[ ("abc" == "abc") ("abc" == "ABC") ("" == "") ]
