package jp.mynaportal.platform.web;

import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;

/** Puts {@link UnusableViewStateExceptionHandler} in front of the exception handlers configured before it. */
public class UnusableViewStateExceptionHandlerFactory extends ExceptionHandlerFactory {

    public UnusableViewStateExceptionHandlerFactory(ExceptionHandlerFactory wrapped) {
        super(wrapped);
    }

    @Override
    public ExceptionHandler getExceptionHandler() {
        return new UnusableViewStateExceptionHandler(getWrapped().getExceptionHandler());
    }
}
