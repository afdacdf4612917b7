# an empty rec set
rec { }
