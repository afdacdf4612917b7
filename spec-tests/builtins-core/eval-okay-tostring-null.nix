# toString null is the empty string
toString null
