# values of different types are never equal (no error)
[ (1 == "1") (null == false) ([ ] == { }) ("" == null) (true == 1) ]
