package jp.mynaportal.selfinfo;

import java.util.List;
import java.util.Optional;

/** The 分野 and 分野詳細 of あなたの情報 with their schemas: public reference data. */
public interface SelfInfoCatalogue {

    List<FieldInfo> fields();

    Optional<ItemInfo> item(String code);
}
