package jp.mynaportal.platform.web;

import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;

/** Puts {@link AccessRefusalExceptionHandler} in front of the exception handlers configured before it. */
public class AccessRefusalExceptionHandlerFactory extends ExceptionHandlerFactory {

    public AccessRefusalExceptionHandlerFactory(ExceptionHandlerFactory wrapped) {
        super(wrapped);
    }

    @Override
    public ExceptionHandler getExceptionHandler() {
        return new AccessRefusalExceptionHandler(getWrapped().getExceptionHandler());
    }
}
