# The FEBRL profile: the columns of FEBRL 4's dataset4a.csv and dataset4b.csv (rec_id,
# given_name, surname, street_number, address_1, address_2, suburb, postcode, state,
# date_of_birth, soc_sec_id). Links only across the two files. The format is described in
# person.profile.
profile febrl
pairs across-sources

field given_name    given-name  term-frequency
field surname       family-name term-frequency
field street_number code
field address_1     text
field address_2     text
field suburb        text
field postcode      code
field state         code
field date_of_birth date
field soc_sec_id    code

block any-order given_name:skeleton surname:skeleton
block surname:skeleton date_of_birth:year
block given_name:skeleton date_of_birth:sorted-date
block soc_sec_id:value
block postcode:value date_of_birth:year
block surname:skeleton postcode:value
