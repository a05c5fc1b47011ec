-- The days on which a procedure takes applications (in Japan, both ends included; null = open end).
-- 特別定額給付金 took applications in 2020 only: its procedures show the period and can no longer be started.
ALTER TABLE pittari_procedure ADD COLUMN accept_from DATE;
ALTER TABLE pittari_procedure ADD COLUMN accept_until DATE;

UPDATE pittari_procedure
   SET accept_from = DATE '2020-05-01', accept_until = DATE '2020-08-31'
 WHERE template_id = 'B001';
