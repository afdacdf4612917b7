# empty lines after the dropped first line and before the end are kept
''

  a

''
