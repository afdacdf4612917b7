# == and != on basic values
[ (1 == 1) (1 != 2) ("a" == "a") (null == null) (true != false) ]
