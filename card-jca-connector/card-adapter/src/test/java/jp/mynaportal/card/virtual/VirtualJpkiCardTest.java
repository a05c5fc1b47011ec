package jp.mynaportal.card.virtual;

import static jp.mynaportal.card.jpki.Jpki.*;
import static jp.mynaportal.card.testsupport.Apdus.*;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.KeyPairGenerator;
import java.security.MessageDigest;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.Arrays;
import jp.mynaportal.card.jpki.BasicFactsFile;
import jp.mynaportal.card.jpki.DigestInfos;
import jp.mynaportal.card.testsupport.TestCards;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class VirtualJpkiCardTest {

    @TempDir
    Path folder;

    private CardFile file;
    private VirtualJpkiCard card;

    @BeforeEach
    void insertCard() {
        file = TestCards.shared().copyInto(folder, "card");
        card = new VirtualJpkiCard(file);
    }

    private int sw(byte[] command) {
        return statusWord(card.transmit(command));
    }

    private byte[] readFile(int fid) {
        assertThat(sw(selectEf(fid))).isEqualTo(SW_OK);
        byte[] header = responseData(card.transmit(readBinary(0, 4)));
        int length = derLength(header);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        while (out.size() < length) {
            int chunk = Math.min(0xFF, length - out.size());
            byte[] response = card.transmit(readBinary(out.size(), chunk));
            assertThat(statusWord(response)).isEqualTo(SW_OK);
            out.writeBytes(responseData(response));
        }
        return out.toByteArray();
    }

    @Test
    void answersResetWithTheAtrOfARealJpkiCard() {
        assertThat(card.atr()).isEqualTo(hex("3BE000FF8131FE4514"));
    }

    @Test
    void selectingTheJpkiAppletAnswers9000() {
        assertThat(card.transmit(hex("00A4040C0AD392F000260100000001"))).isEqualTo(hex("9000"));
    }

    @Test
    void selectingAnUnknownAppletAnswers6A82() {
        assertThat(card.transmit(hex("00A4040C0AD392F000260100000002"))).isEqualTo(hex("6A82"));
    }

    @Test
    void selectingAFileBeforeAnAppletAnswers6A82() {
        assertThat(card.transmit(hex("00A4020C02000A"))).isEqualTo(hex("6A82"));
    }

    @Test
    void theTokenFileHoldsJpkiapicctoken2() {
        sw(selectAid(JPKI_AID));
        sw(selectEf(EF_TOKEN));
        byte[] response = card.transmit(readBinary(0, 0x20));
        assertThat(new String(responseData(response), StandardCharsets.US_ASCII))
                .startsWith("JPKIAPICCTOKEN2");
    }

    @Test
    void theAuthCertificateReadsWithoutPinToTheLengthInItsHeader() throws Exception {
        sw(selectAid(JPKI_AID));
        byte[] der = readFile(EF_AUTH_CERT);
        assertThat(der).isEqualTo(file.read().authCertificate());
    }

    @Test
    void theSignCertificateNeedsTheSigningPassword() {
        sw(selectAid(JPKI_AID));
        sw(selectEf(EF_SIGN_CERT));
        assertThat(card.transmit(readBinary(0, 4))).isEqualTo(hex("6982"));
    }

    @Test
    void theSignCertificateReadsAfterTheSigningPassword() {
        sw(selectAid(JPKI_AID));
        sw(selectEf(EF_SIGN_PIN));
        assertThat(sw(verify(TestCards.SIGN_PASSWORD))).isEqualTo(SW_OK);
        assertThat(readFile(EF_SIGN_CERT)).isEqualTo(file.read().signCertificate());
    }

    @Test
    void aKeyFileCannotBeRead() {
        sw(selectAid(JPKI_AID));
        sw(selectEf(EF_AUTH_KEY));
        assertThat(card.transmit(readBinary(0, 4))).isEqualTo(hex("6981"));
    }

    @Test
    void verifyWithoutDataTellsTheTriesLeftWithoutSpendingOne() {
        sw(selectAid(JPKI_AID));
        sw(selectEf(EF_AUTH_PIN));
        sw(verifyStatus());
        assertThat(card.transmit(verifyStatus())).isEqualTo(hex("63C3"));
    }

    @Test
    void theSigningPasswordHasFiveTries() {
        sw(selectAid(JPKI_AID));
        sw(selectEf(EF_SIGN_PIN));
        assertThat(card.transmit(verifyStatus())).isEqualTo(hex("63C5"));
    }

    @Test
    void aWrongAuthPinAnswersTheTriesLeft() {
        sw(selectAid(JPKI_AID));
        sw(selectEf(EF_AUTH_PIN));
        assertThat(card.transmit(verify("9999"))).isEqualTo(hex("63C2"));
    }

    @Test
    void threeWrongAuthPinsBlockEvenTheRightOne() {
        sw(selectAid(JPKI_AID));
        sw(selectEf(EF_AUTH_PIN));
        sw(verify("9999"));
        sw(verify("9998"));
        assertThat(card.transmit(verify("9997"))).isEqualTo(hex("63C0"));
        assertThat(card.transmit(verify(TestCards.AUTH_PIN))).isEqualTo(hex("6983"));
    }

    @Test
    void aBlockedPinAnswers63C0ToAStatusQueryAsARealCardDoes() {
        sw(selectAid(JPKI_AID));
        sw(selectEf(EF_AUTH_PIN));
        sw(verify("9999"));
        sw(verify("9998"));
        sw(verify("9997"));
        assertThat(card.transmit(verifyStatus())).isEqualTo(hex("63C0"));
    }

    @Test
    void aCorrectPinRestoresTheMaximumTries() {
        sw(selectAid(JPKI_AID));
        sw(selectEf(EF_AUTH_PIN));
        sw(verify("9999"));
        sw(verify("9998"));
        sw(verify(TestCards.AUTH_PIN));
        assertThat(card.transmit(verifyStatus())).isEqualTo(hex("63C3"));
    }

    @Test
    void signingWithoutThePinAnswers6982() throws Exception {
        sw(selectAid(JPKI_AID));
        sw(selectEf(EF_AUTH_KEY));
        byte[] digestInfo =
                DigestInfos.of("SHA-256", MessageDigest.getInstance("SHA-256").digest(new byte[] {1}));
        assertThat(card.transmit(computeSignature(digestInfo))).isEqualTo(hex("6982"));
    }

    @Test
    void theAuthKeySignsAPkcs1SignatureThatTheAuthCertificateVerifies() throws Exception {
        byte[] message = "challenge".getBytes(StandardCharsets.UTF_8);
        sw(selectAid(JPKI_AID));
        sw(selectEf(EF_AUTH_PIN));
        sw(verify(TestCards.AUTH_PIN));
        sw(selectEf(EF_AUTH_KEY));
        byte[] digestInfo =
                DigestInfos.of("SHA-256", MessageDigest.getInstance("SHA-256").digest(message));
        byte[] response = card.transmit(computeSignature(digestInfo));
        Signature verifier = Signature.getInstance("SHA256withRSA");
        verifier.initVerify(certificate(file.read().authCertificate()).getPublicKey());
        verifier.update(message);
        assertThat(verifier.verify(responseData(response))).isTrue();
    }

    @Test
    void theSignKeySignsWhatTheSignCertificateVerifies() throws Exception {
        byte[] message = "application".getBytes(StandardCharsets.UTF_8);
        sw(selectAid(JPKI_AID));
        sw(selectEf(EF_SIGN_PIN));
        sw(verify(TestCards.SIGN_PASSWORD));
        sw(selectEf(EF_SIGN_KEY));
        byte[] digestInfo =
                DigestInfos.of("SHA-256", MessageDigest.getInstance("SHA-256").digest(message));
        byte[] response = card.transmit(computeSignature(digestInfo));
        Signature verifier = Signature.getInstance("SHA256withRSA");
        verifier.initVerify(certificate(file.read().signCertificate()).getPublicKey());
        verifier.update(message);
        assertThat(verifier.verify(responseData(response))).isTrue();
    }

    @Test
    void theAuthPinDoesNotUnlockTheSignKey() throws Exception {
        sw(selectAid(JPKI_AID));
        sw(selectEf(EF_AUTH_PIN));
        sw(verify(TestCards.AUTH_PIN));
        sw(selectEf(EF_SIGN_KEY));
        byte[] digestInfo = DigestInfos.of("SHA-256", new byte[32]);
        assertThat(card.transmit(computeSignature(digestInfo))).isEqualTo(hex("6982"));
    }

    @Test
    void reselectingTheAppletForgetsTheVerifiedPin() {
        sw(selectAid(JPKI_AID));
        sw(selectEf(EF_AUTH_PIN));
        sw(verify(TestCards.AUTH_PIN));
        sw(selectAid(JPKI_AID));
        sw(selectEf(EF_AUTH_KEY));
        assertThat(card.transmit(computeSignature(DigestInfos.of("SHA-256", new byte[32]))))
                .isEqualTo(hex("6982"));
    }

    @Test
    void theBasicFactsNeedTheirPin() {
        sw(selectAid(BASIC_FACTS_AID));
        sw(selectEf(EF_BASIC_FACTS));
        assertThat(card.transmit(readBinary(0, 0))).isEqualTo(hex("6982"));
    }

    @Test
    void theBasicFactsReadAfterTheirPin() {
        sw(selectAid(BASIC_FACTS_AID));
        sw(selectEf(EF_BASIC_FACTS_PIN));
        sw(verify(TestCards.FACTS_PIN));
        sw(selectEf(EF_BASIC_FACTS));
        byte[] content = responseData(card.transmit(readBinary(0, 0)));
        assertThat(BasicFactsFile.decodeFacts(content)).isEqualTo(TestCards.FACTS);
    }

    @Test
    void theMyNumberReadsAfterTheBasicFactsPin() {
        sw(selectAid(BASIC_FACTS_AID));
        sw(selectEf(EF_BASIC_FACTS_PIN));
        sw(verify(TestCards.FACTS_PIN));
        sw(selectEf(EF_MY_NUMBER));
        byte[] content = responseData(card.transmit(readBinary(0, 0)));
        assertThat(BasicFactsFile.decodeMyNumber(content)).isEqualTo(TestCards.MY_NUMBER);
    }

    @Test
    void aReadPastTheEndOfAFileAnswers6B00() {
        sw(selectAid(JPKI_AID));
        sw(selectEf(EF_TOKEN));
        assertThat(card.transmit(readBinary(0x100, 4))).isEqualTo(hex("6B00"));
    }

    @Test
    void anUnknownInstructionAnswers6D00() {
        assertThat(card.transmit(hex("00CA000000"))).isEqualTo(hex("6D00"));
    }

    @Test
    void anUnknownClassAnswers6E00() {
        assertThat(card.transmit(hex("A0A4040C0AD392F000260100000001"))).isEqualTo(hex("6E00"));
    }

    private static X509Certificate certificate(byte[] der) throws Exception {
        return (X509Certificate)
                CertificateFactory.getInstance("X.509").generateCertificate(new ByteArrayInputStream(der));
    }

    private byte[] adminAnswer(byte[] challenge, PrivateKey key) throws Exception {
        Signature signer = Signature.getInstance("SHA256withRSA");
        signer.initSign(key);
        signer.update(challenge);
        return signer.sign();
    }

    private int externalAuthenticate(byte[] answer) {
        sw(concat(hex("10820000"), new byte[] {(byte) 0x80}, Arrays.copyOfRange(answer, 0, 0x80)));
        return sw(concat(hex("00820000"), new byte[] {(byte) 0x80}, Arrays.copyOfRange(answer, 0x80, 0x100)));
    }

    private static byte[] resetRetryCounter(String newPin) {
        byte[] pin = newPin.getBytes(StandardCharsets.US_ASCII);
        return concat(hex("002C0280"), new byte[] {(byte) pin.length}, pin);
    }

    private void blockTheAuthPin() {
        sw(selectAid(JPKI_AID));
        sw(selectEf(EF_AUTH_PIN));
        sw(verify("9999"));
        sw(verify("9998"));
        sw(verify("9997"));
    }

    @Test
    void afterTheSigningPasswordTheHolderResetsTheBlockedAuthPin() {
        blockTheAuthPin();
        sw(selectEf(EF_SIGN_PIN));
        assertThat(sw(verify(TestCards.SIGN_PASSWORD))).isEqualTo(SW_OK);
        sw(selectEf(EF_AUTH_PIN));

        assertThat(sw(resetRetryCounter("4321"))).isEqualTo(SW_OK);
        assertThat(card.transmit(verifyStatus())).isEqualTo(hex("63C3"));
        assertThat(sw(verify("4321"))).isEqualTo(SW_OK);
    }

    @Test
    void withoutTheSigningPasswordTheHolderCannotResetTheAuthPin() {
        blockTheAuthPin();
        sw(selectEf(EF_SIGN_PIN));
        assertThat(card.transmit(verify("WRONG123"))).isEqualTo(hex("63C4"));
        sw(selectEf(EF_AUTH_PIN));

        assertThat(card.transmit(resetRetryCounter("4321"))).isEqualTo(hex("6982"));
        assertThat(card.transmit(verify("4321"))).isEqualTo(hex("6983"));
    }

    @Test
    void theSigningPasswordDoesNotResetTheSigningPasswordItself() {
        sw(selectAid(JPKI_AID));
        sw(selectEf(EF_SIGN_PIN));
        sw(verify(TestCards.SIGN_PASSWORD));

        assertThat(card.transmit(resetRetryCounter("NEWPASS1"))).isEqualTo(hex("6982"));
    }

    @Test
    void anAuthenticatedAdministratorResetsABlockedPin() throws Exception {
        blockTheAuthPin();
        byte[] challenge = responseData(card.transmit(hex("0084000008")));
        assertThat(challenge).hasSize(8);
        assertThat(externalAuthenticate(
                        adminAnswer(challenge, TestCards.shared().pki().adminKey())))
                .isEqualTo(SW_OK);
        assertThat(sw(resetRetryCounter("4321"))).isEqualTo(SW_OK);
        assertThat(card.transmit(verifyStatus())).isEqualTo(hex("63C3"));
        assertThat(card.transmit(verify("4321"))).isEqualTo(hex("9000"));
    }

    @Test
    void resetRetryCounterWithoutAnAuthenticatedAdministratorAnswers6982() {
        blockTheAuthPin();
        assertThat(card.transmit(resetRetryCounter("4321"))).isEqualTo(hex("6982"));
        assertThat(card.transmit(verifyStatus())).isEqualTo(hex("63C0"));
    }

    @Test
    void anAnswerByAnotherKeyAnswers6300AndResetsNothing() throws Exception {
        blockTheAuthPin();
        byte[] challenge = responseData(card.transmit(hex("0084000008")));
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        assertThat(externalAuthenticate(
                        adminAnswer(challenge, generator.generateKeyPair().getPrivate())))
                .isEqualTo(SW_AUTHENTICATION_FAILED);
        assertThat(card.transmit(resetRetryCounter("4321"))).isEqualTo(hex("6982"));
    }

    @Test
    void anAnswerOnceAcceptedDoesNotAuthenticateAgain() throws Exception {
        blockTheAuthPin();
        byte[] challenge = responseData(card.transmit(hex("0084000008")));
        byte[] answer = adminAnswer(challenge, TestCards.shared().pki().adminKey());
        assertThat(externalAuthenticate(answer)).isEqualTo(SW_OK);
        sw(selectAid(JPKI_AID));
        sw(selectEf(EF_AUTH_PIN));
        assertThat(externalAuthenticate(answer)).isEqualTo(SW_CONDITIONS_NOT_SATISFIED);
        card.transmit(hex("0084000008"));
        assertThat(externalAuthenticate(answer)).isEqualTo(SW_AUTHENTICATION_FAILED);
        assertThat(card.transmit(resetRetryCounter("4321"))).isEqualTo(hex("6982"));
    }

    @Test
    void selectingTheAppletAgainForgetsTheAuthenticatedAdministrator() throws Exception {
        blockTheAuthPin();
        byte[] challenge = responseData(card.transmit(hex("0084000008")));
        externalAuthenticate(adminAnswer(challenge, TestCards.shared().pki().adminKey()));
        sw(selectAid(JPKI_AID));
        sw(selectEf(EF_AUTH_PIN));
        assertThat(card.transmit(resetRetryCounter("4321"))).isEqualTo(hex("6982"));
    }

    @Test
    void aNewPinOfTheWrongFormatAnswers6A80() throws Exception {
        blockTheAuthPin();
        byte[] challenge = responseData(card.transmit(hex("0084000008")));
        externalAuthenticate(adminAnswer(challenge, TestCards.shared().pki().adminKey()));
        assertThat(card.transmit(resetRetryCounter("12345"))).isEqualTo(hex("6A80"));
        assertThat(card.transmit(verifyStatus())).isEqualTo(hex("63C0"));
    }
}
