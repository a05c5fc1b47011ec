package jp.mynaportal.platform.web;

import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;

/** Puts {@link DatabaseOutageExceptionHandler} in front of the exception handlers configured before it. */
public class DatabaseOutageExceptionHandlerFactory extends ExceptionHandlerFactory {

    public DatabaseOutageExceptionHandlerFactory(ExceptionHandlerFactory wrapped) {
        super(wrapped);
    }

    @Override
    public ExceptionHandler getExceptionHandler() {
        return new DatabaseOutageExceptionHandler(getWrapped().getExceptionHandler());
    }
}
