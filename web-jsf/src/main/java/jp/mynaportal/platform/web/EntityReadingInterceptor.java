package jp.mynaportal.platform.web;

import jakarta.json.JsonException;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;
import java.io.IOException;

/**
 * A REST body that cannot be read as what the resource method takes (malformed JSON, an array
 * where an object is expected, a body cut off) is a 400 before the method runs, so nothing is
 * changed; a body that went past its size limit while it was read is a 413.
 */
@Provider
public class EntityReadingInterceptor implements ReaderInterceptor {

    @Override
    public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
        Object entity;
        try {
            entity = context.proceed();
        } catch (WebApplicationException e) {
            throw e;
        } catch (JsonException | ProcessingException | ClassCastException | IllegalStateException e) {
            throw new BadRequestException(e.getClass().getSimpleName());
        } catch (IOException e) {
            if (BodyTooLargeException.isCause(e)) {
                throw new WebApplicationException(Response.Status.REQUEST_ENTITY_TOO_LARGE);
            }
            throw new BadRequestException(e.getClass().getSimpleName());
        }
        if (entity != null && !context.getType().isInstance(entity)) {
            throw new BadRequestException("body of the wrong shape");
        }
        return entity;
    }
}
