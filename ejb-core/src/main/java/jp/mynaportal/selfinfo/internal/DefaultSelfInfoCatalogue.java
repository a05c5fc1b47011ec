package jp.mynaportal.selfinfo.internal;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Lock;
import jakarta.ejb.LockType;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import jp.mynaportal.selfinfo.AttributeInfo;
import jp.mynaportal.selfinfo.FieldInfo;
import jp.mynaportal.selfinfo.ItemInfo;
import jp.mynaportal.selfinfo.SelfInfoCatalogue;
import jp.mynaportal.selfinfo.model.InfoItem;
import jp.mynaportal.selfinfo.repository.SelfInfoRepository;

/** The catalogue, read once from the database (a migration loads it; it never changes while running). */
@Singleton
@PermitAll
@Lock(LockType.READ)
public class DefaultSelfInfoCatalogue implements SelfInfoCatalogue {

    @Inject
    private SelfInfoRepository repository;

    private volatile List<FieldInfo> fields;
    private volatile Map<String, ItemInfo> items;

    @Override
    public List<FieldInfo> fields() {
        load();
        return fields;
    }

    @Override
    public Optional<ItemInfo> item(String code) {
        load();
        return Optional.ofNullable(code == null ? null : items.get(code));
    }

    private void load() {
        if (fields != null) {
            return;
        }
        List<ItemInfo> all = repository.findItems().stream()
                .map(DefaultSelfInfoCatalogue::info)
                .toList();
        Map<String, List<ItemInfo>> byField = all.stream().collect(Collectors.groupingBy(ItemInfo::fieldCode));
        items = all.stream().collect(Collectors.toUnmodifiableMap(ItemInfo::code, Function.identity()));
        fields = repository.findFields().stream()
                .map(f -> new FieldInfo(
                        f.getCode(), f.getNameJa(), f.getNameEn(), byField.getOrDefault(f.getCode(), List.of())))
                .toList();
    }

    private static ItemInfo info(InfoItem item) {
        return new ItemInfo(
                item.getCode(),
                item.getFieldCode(),
                item.getNameJa(),
                item.getNameEn(),
                item.getChartAttribute(),
                item.getProviderKinds(),
                item.getAttributes().stream()
                        .map(a -> new AttributeInfo(
                                a.getName(), a.getType(), a.getUnit(), a.getLabelJa(), a.getLabelEn(), a.isRequired()))
                        .toList());
    }
}
