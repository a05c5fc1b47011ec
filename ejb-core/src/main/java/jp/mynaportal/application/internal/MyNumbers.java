package jp.mynaportal.application.internal;

/** The check digit of a 12-digit individual number (個人番号), as the ordinance on it defines. */
final class MyNumbers {

    private MyNumbers() {}

    /** Whether the text is 12 ASCII digits whose last is the check digit of the first eleven. */
    static boolean valid(String number) {
        if (number == null || number.length() != 12 || !number.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return false;
        }
        int sum = 0;
        for (int n = 1; n <= 11; n++) {
            int digit = number.charAt(11 - n) - '0';
            int weight = n <= 6 ? n + 1 : n - 5;
            sum += digit * weight;
        }
        int remainder = sum % 11;
        int check = remainder <= 1 ? 0 : 11 - remainder;
        return check == number.charAt(11) - '0';
    }
}
