import type { AppContext } from '../../context';
import { errorResponses } from '../../core/http/errors';
import { defineRoute, jsonBody, jsonResponse } from '../../core/http/route';
import { createRouter } from '../../core/http/router';
import { principalOf } from '../../core/http/session';
import { Answered, BallotInput, MyAnswer, NewSurvey, Survey, SurveyAnswerInput, SurveyIdParam, SurveyList } from './contract';
import { answerSurvey, myAnswer } from './responses';
import { closeSurvey, createSurvey, getSurvey, listSurveys } from './service';

const tags = ['surveys'];
const idParam = { params: SurveyIdParam };

const routes = {
  list: defineRoute({
    method: 'get',
    path: '/api/surveys',
    tags,
    summary: 'Surveys of the network, open ones first, each saying whether the caller has answered',
    access: 'trusted',
    responses: { 200: jsonResponse(SurveyList, 'Surveys'), ...errorResponses },
  }),
  create: defineRoute({
    method: 'post',
    path: '/api/surveys',
    tags,
    summary: 'Ask the network a question (2–6 answers), counted by workplace, union local or school',
    access: ['organiser'],
    request: jsonBody(NewSurvey),
    responses: { 201: jsonResponse(Survey, 'Created'), ...errorResponses },
  }),
  get: defineRoute({
    method: 'get',
    path: '/api/surveys/{id}',
    tags,
    summary: 'A survey and its results, with no figure for any group under 10 (members-only surveys need a vouched member)',
    access: 'public',
    request: idParam,
    responses: { 200: jsonResponse(Survey, 'Survey'), ...errorResponses },
  }),
  answer: defineRoute({
    method: 'post',
    path: '/api/surveys/{id}/answer',
    tags,
    summary: "Answer, or change this device's answer until the survey closes; the answer is stored apart from who gave it",
    access: 'trusted',
    request: { ...idParam, ...jsonBody(SurveyAnswerInput) },
    responses: { 200: jsonResponse(Answered, 'Counted'), ...errorResponses },
  }),
  myAnswer: defineRoute({
    method: 'post',
    path: '/api/surveys/{id}/my-answer',
    tags,
    summary: "The answer held under this device's ballot secret",
    access: 'trusted',
    request: { ...idParam, ...jsonBody(BallotInput) },
    responses: { 200: jsonResponse(MyAnswer, 'The answer'), ...errorResponses },
  }),
  close: defineRoute({
    method: 'post',
    path: '/api/surveys/{id}/close',
    tags,
    summary: 'Close a survey now',
    access: ['organiser'],
    request: idParam,
    responses: { 200: jsonResponse(Survey, 'Closed'), ...errorResponses },
  }),
};

export const surveysRoutes = (ctx: AppContext) =>
  createRouter()
    .openapi(routes.list, async (c) => c.json({ surveys: await listSurveys(ctx, principalOf(c)) }, 200))
    .openapi(routes.create, async (c) => c.json(await createSurvey(ctx, principalOf(c), c.req.valid('json')), 201))
    .openapi(routes.get, async (c) => c.json(await getSurvey(ctx, c.get('principal'), c.req.valid('param').id), 200))
    .openapi(routes.answer, async (c) => c.json(await answerSurvey(ctx, principalOf(c), c.req.valid('param').id, c.req.valid('json')), 200))
    .openapi(routes.myAnswer, async (c) =>
      c.json(await myAnswer(ctx, principalOf(c), c.req.valid('param').id, c.req.valid('json').ballot), 200),
    )
    .openapi(routes.close, async (c) => c.json(await closeSurvey(ctx, principalOf(c), c.req.valid('param').id), 200));
