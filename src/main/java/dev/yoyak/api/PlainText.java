package dev.yoyak.api;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.ws.rs.BadRequestException;

/**
 * Decodes a text/plain body strictly, in the charset it declares (UTF-8 by default; legacy Korean pages are
 * often EUC-KR): bytes that are not valid in that charset are refused, never silently replaced.
 */
final class PlainText {

    private static final Pattern CHARSET = Pattern.compile("charset\\s*=\\s*\"?([\\w.:-]+)\"?", Pattern.CASE_INSENSITIVE);

    private PlainText() {
    }

    static String decode(byte[] body, String contentType) {
        Charset charset = charset(contentType);
        try {
            return charset.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(body == null ? new byte[0] : body))
                    .toString();
        } catch (CharacterCodingException e) {
            throw new BadRequestException("The body is not valid " + charset.name()
                    + " text; send UTF-8, or name the charset in Content-Type (e.g. charset=EUC-KR).");
        }
    }

    private static Charset charset(String contentType) {
        if (contentType == null) {
            return StandardCharsets.UTF_8;
        }
        Matcher m = CHARSET.matcher(contentType);
        if (!m.find()) {
            return StandardCharsets.UTF_8;
        }
        try {
            return Charset.forName(m.group(1).toUpperCase(Locale.ROOT));
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            throw new BadRequestException("Unknown charset " + m.group(1) + " in Content-Type.");
        }
    }
}
