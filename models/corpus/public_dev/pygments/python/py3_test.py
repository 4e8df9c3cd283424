class Käse:
    pass
