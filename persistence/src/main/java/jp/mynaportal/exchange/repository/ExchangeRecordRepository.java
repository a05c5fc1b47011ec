package jp.mynaportal.exchange.repository;

import jp.mynaportal.exchange.model.ExchangeRecord;

/** Exchange records, as the agencies record them. */
public interface ExchangeRecordRepository {

    void add(ExchangeRecord record);

    /** How many exchanges of the resident are recorded. */
    long countByResident(String residentId);
}
