package jp.mynaportal.platform.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The body that operates this deployment, named in every page's footer: the setting
 * {@code mynaportal.operator.name} (for example 「〇〇市 デジタル推進課」); without it the footer names
 * only the project.
 */
@Named
@ApplicationScoped
public class SiteOperator {

    static final String SETTING = "mynaportal.operator.name";

    /** The operating body's name, or null when the operator has not set one. */
    public String getName() {
        return ConfigProvider.getConfig()
                .getOptionalValue(SETTING, String.class)
                .map(String::strip)
                .filter(name -> !name.isEmpty())
                .orElse(null);
    }
}
