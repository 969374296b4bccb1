package org.corridor.ingest.internal;

import org.corridor.ingest.Documents;
import org.corridor.ingest.DocumentsReplayed;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Reads the stored documents' facts once at start and hands them to every module that
 * catches up on them ({@link DocumentsReplayed}).
 */
@Component
class ReplayAtStart {

	private final Documents documents;

	private final ApplicationEventPublisher events;

	ReplayAtStart(Documents documents, ApplicationEventPublisher events) {
		this.documents = documents;
		this.events = events;
	}

	@EventListener(ApplicationReadyEvent.class)
	void replay() {
		this.events.publishEvent(new DocumentsReplayed(this.documents.replay()));
	}

}
