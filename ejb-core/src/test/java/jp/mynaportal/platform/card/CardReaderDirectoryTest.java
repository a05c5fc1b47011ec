package jp.mynaportal.platform.card;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class CardReaderDirectoryTest {

    @Test
    void productionUsesOnlyRealReadersUnlessTold() {
        assertThat(CardReaderDirectory.factoriesOf(null, false)).containsExactly(CardReaderDirectory.PCSC);
    }

    @Test
    void theDemoUsesVirtualReadersFirstThenRealOnes() {
        assertThat(CardReaderDirectory.factoriesOf(null, true))
                .containsExactly(CardReaderDirectory.VIRTUAL, CardReaderDirectory.PCSC);
    }

    @Test
    void theConfiguredTransportsAreUsed() {
        assertThat(CardReaderDirectory.factoriesOf("PCSC, virtual", false))
                .containsExactly(CardReaderDirectory.VIRTUAL, CardReaderDirectory.PCSC);
    }

    @Test
    void anUnknownTransportIsNamed() {
        assertThatThrownBy(() -> CardReaderDirectory.factoriesOf("nfc", true))
                .hasMessageContaining("mynaportal.card.transports")
                .hasMessageContaining("nfc");
    }
}
