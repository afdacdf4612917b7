# a one-line indented string
''hello''
